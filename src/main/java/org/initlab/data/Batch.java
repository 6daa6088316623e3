package org.initlab.data;

import org.initlab.autograd.Tensor;

/** A mini-batch: inputs x (one row per example) and their class labels. */
public record Batch(Tensor x, int[] labels) {
    /** Number of examples in the batch: the rows of {@code x}, the length of {@code labels}. */
    public int size() {
        return labels.length;
    }
}
