package org.initlab.train;

/** The mini-batch loss of one training step (steps count from 1). */
public record StepRecord(int step, int epoch, double loss) {
}
