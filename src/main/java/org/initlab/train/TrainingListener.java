package org.initlab.train;

import org.initlab.nn.Mlp;

/**
 * Callbacks from {@link Trainer}, e.g. for diagnostics. At {@link #afterBackward} every layer still holds its
 * forward values and the gradients of this step; at {@link #afterUpdate} the weights have moved.
 */
public interface TrainingListener {
    /** Before the first step, after the initial evaluation. */
    default void onStart(Mlp network, EpochRecord initial) {
    }

    /** After the backward pass of a step and before the optimizer moves the weights. */
    default void afterBackward(StepContext step) {
    }

    /** After the optimizer's update of a step. */
    default void afterUpdate(StepContext step) {
    }

    /** After each epoch's evaluation. */
    default void onEpochEnd(EpochRecord epoch) {
    }

    /** Once, when training ends (normally or by divergence). */
    default void onEnd(History history) {
    }
}
