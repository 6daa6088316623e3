package org.initlab.train;

/**
 * Loss and accuracy after an epoch (epoch 0: before training). The training figures are means over the
 * epoch's mini-batches (epoch 0: over the whole training set); the test figures are over the whole test set.
 */
public record EpochRecord(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy) {
}
