package org.initlab.lesson;

import org.initlab.activation.Activation;
import org.initlab.init.Initializer;
import org.initlab.init.Zeros;

/**
 * One training run of a lesson: the network (activation, depth, width), its initializers, the optimizer and the
 * budget. Built with {@link #of} and the {@code with...} methods.
 */
public record RunSpec(String label, Activation activation, int depth, int width, Initializer weights,
                      Initializer biases, String optimizer, double learningRate, int epochs, int batchSize, long seed,
                      int recordEvery) {
    /** SGD with learning rate 0.1, batches of 32, zero biases, diagnostics every 10 steps. */
    public static RunSpec of(String label, Activation activation, int depth, int width, Initializer weights,
                             int epochs, long seed) {
        return new RunSpec(label, activation, depth, width, weights, new Zeros(), "sgd", 0.1, epochs, 32, seed, 10);
    }

    /** A copy with optimizer changed. */
    public RunSpec withOptimizer(String name, double lr) {
        return new RunSpec(label, activation, depth, width, weights, biases, name, lr, epochs, batchSize, seed, recordEvery);
    }

    /** A copy with batch size changed. */
    public RunSpec withBatchSize(int size) {
        return new RunSpec(label, activation, depth, width, weights, biases, optimizer, learningRate, epochs, size, seed,
                recordEvery);
    }

    /** A copy with biases changed. */
    public RunSpec withBiases(Initializer init) {
        return new RunSpec(label, activation, depth, width, weights, init, optimizer, learningRate, epochs, batchSize, seed,
                recordEvery);
    }

    /** A copy with record every changed. */
    public RunSpec withRecordEvery(int every) {
        return new RunSpec(label, activation, depth, width, weights, biases, optimizer, learningRate, epochs, batchSize,
                seed, every);
    }

    /** A copy with seed changed (data, weights and shuffling of the run all follow it). */
    public RunSpec withSeed(long newSeed) {
        return new RunSpec(label, activation, depth, width, weights, biases, optimizer, learningRate, epochs, batchSize,
                newSeed, recordEvery);
    }

    /** A copy with label changed. */
    public RunSpec withLabel(String newLabel) {
        return new RunSpec(newLabel, activation, depth, width, weights, biases, optimizer, learningRate, epochs, batchSize,
                seed, recordEvery);
    }

    /** "tanh, 10×32, xavier-normal, sgd(lr=0.1)". */
    public String describe() {
        return activation.name() + ", " + depth + "×" + width + ", " + weights.name() + " (" + weights.describe() + "), "
                + optimizer + " lr " + learningRate + ", " + epochs + " epochs, batch " + batchSize + ", seed " + seed;
    }
}
