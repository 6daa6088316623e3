package org.initlab.data;

import org.initlab.autograd.Tensor;

/** A mini-batch: inputs x (one row per example) and their class labels. */
public record Batch(Tensor x, int[] labels) {
    /** The size. */
    public int size() {
        return labels.length;
    }
}
