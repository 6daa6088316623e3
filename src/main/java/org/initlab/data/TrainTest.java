package org.initlab.data;

/** A training set and a held-out test set drawn from the same data. */
public record TrainTest(Dataset train, Dataset test) {
}
