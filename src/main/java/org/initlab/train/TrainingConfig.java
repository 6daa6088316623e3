package org.initlab.train;

/**
 * How to train: epochs, mini-batch size, the seed that fixes shuffling, and optional global gradient-norm
 * clipping ({@code clipNorm} ≤ 0 or NaN: off).
 */
public record TrainingConfig(int epochs, int batchSize, long seed, double clipNorm) {
    /** Checks the settings: epochs ≥ 0, batch size ≥ 1. */
    public TrainingConfig {
        if (epochs < 0) {
            throw new IllegalArgumentException("training: epochs must be 0 or more, got " + epochs);
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("training: batchSize must be positive, got " + batchSize);
        }
    }

    /** Without clipping. */
    public TrainingConfig(int epochs, int batchSize, long seed) {
        this(epochs, batchSize, seed, Double.NaN);
    }

    /**
     * True when {@code clipNorm} &gt; 0: the trainer then scales all gradients together to a global norm of at most
     * clipNorm before each update. False for 0, negative or NaN.
     */
    public boolean clips() {
        return clipNorm > 0;
    }
}
