package org.initlab.train;

import java.util.List;

/**
 * A {@link History} written by hand, for tests of what is made from one (CSV files, charts, verdicts) without a
 * training run: its epochs, steps and divergence are exactly the ones given.
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

    /**
     * A run that ran all its steps: step {@code i + 1} has loss {@code losses[i]} (epoch 1), epoch {@code e} has
     * test accuracy {@code testAccuracies[e]} (epoch 0 first).
     */
    public static History of(double[] losses, double... testAccuracies) {
        History h = new History();
        for (int i = 0; i < losses.length; i++) {
            h.addStep(new StepRecord(i + 1, 1, losses[i]));
        }
        for (int e = 0; e < testAccuracies.length; e++) {
            h.addEpoch(new EpochRecord(e, Double.NaN, Double.NaN, Double.NaN, testAccuracies[e]));
        }
        return h;
    }

    /** {@link #of(double[], double...)} for a run that stopped at {@code step} because of {@code what}. */
    public static History diverged(double[] losses, int step, String what, double... testAccuracies) {
        History h = of(losses, testAccuracies);
        h.diverged(new Divergence(step, 1, what));
        return h;
    }
}
