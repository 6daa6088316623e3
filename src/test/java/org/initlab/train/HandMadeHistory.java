package org.initlab.train;

import java.util.List;

/**
 * A {@link History} written by hand, for tests of what is made from one (CSV files, verdicts) without a training
 * run: its epochs, steps and divergence are exactly the ones given.
 */
public final class HandMadeHistory {
    private HandMadeHistory() {
    }

    /** The history of these epochs (epoch 0 first) and steps; {@code divergence} may be null (the run finished). */
    public static History of(List<EpochRecord> epochs, List<StepRecord> steps, Divergence divergence) {
        History h = new History();
        epochs.forEach(h::addEpoch);
        steps.forEach(h::addStep);
        if (divergence != null) {
            h.diverged(divergence);
        }
        return h;
    }
}
