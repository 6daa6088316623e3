package org.initlab.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** What a training run produced: the loss of every step, the figures of every epoch, and any divergence. */
public final class History {
    private final List<StepRecord> steps = new ArrayList<>();
    private final List<EpochRecord> epochs = new ArrayList<>();
    private Divergence divergence;

    void addStep(StepRecord step) {
        steps.add(step);
    }

    void addEpoch(EpochRecord epoch) {
        epochs.add(epoch);
    }

    void diverged(Divergence d) {
        this.divergence = d;
    }

    /**
     * One record per mini-batch step, in order, steps counted from 1 across epochs; the last one holds the non-finite
     * loss when the run diverged on its loss. Read-only view.
     */
    public List<StepRecord> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** Epoch 0 (before training) first. */
    public List<EpochRecord> epochs() {
        return Collections.unmodifiableList(epochs);
    }

    /**
     * Where the run stopped early because the loss, a gradient or a weight became NaN or ±Inf; empty when it ran all
     * its epochs.
     */
    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }

    /** The last epoch's record (epoch 0 if no epoch finished). */
    public EpochRecord last() {
        return epochs.get(epochs.size() - 1);
    }

    /** The first epoch's record: before training. */
    public EpochRecord initial() {
        return epochs.get(0);
    }
}
