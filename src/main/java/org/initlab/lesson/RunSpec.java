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

    /** The same run trained by optimizer {@code name} (sgd, momentum, nesterov, adam) at learning rate {@code lr}. */
    public RunSpec withOptimizer(String name, double lr) {
        return new RunSpec(label, activation, depth, width, weights, biases, name, lr, epochs, batchSize,
                seed, recordEvery);
    }

    /** The same run with mini-batches of {@code size} examples (the last batch of an epoch may be smaller). */
    public RunSpec withBatchSize(int size) {
        return new RunSpec(label, activation, depth, width, weights, biases, optimizer, learningRate,
                epochs, size, seed, recordEvery);
    }

    /** The same run with its biases initialized by {@code init} instead of zeros. */
    public RunSpec withBiases(Initializer init) {
        return new RunSpec(label, activation, depth, width, weights, init, optimizer, learningRate, epochs,
                batchSize, seed, recordEvery);
    }

    /** The same run recording diagnostics at step 1 and every {@code every}-th step (a huge value: step 1 only). */
    public RunSpec withRecordEvery(int every) {
        return new RunSpec(label, activation, depth, width, weights, biases, optimizer, learningRate, epochs, batchSize,
                seed, every);
    }

    /** The same run under seed {@code newSeed}: data, weights and shuffling of the run all follow it. */
    public RunSpec withSeed(long newSeed) {
        return new RunSpec(label, activation, depth, width, weights, biases, optimizer, learningRate, epochs, batchSize,
                newSeed, recordEvery);
    }

    /** The same run named {@code newLabel} in legends and findings. */
    public RunSpec withLabel(String newLabel) {
        return new RunSpec(newLabel, activation, depth, width, weights, biases, optimizer, learningRate,
                epochs, batchSize, seed, recordEvery);
    }

    /** "tanh, 10×32, xavier-normal, sgd(lr=0.1)". */
    public String describe() {
        return activation.name() + ", " + depth + "×" + width + ", " + weights.name() + " ("
                + weights.describe() + "), " + optimizer + " lr " + learningRate + ", " + epochs + " epochs, batch "
                + batchSize + ", seed " + seed;
    }
}
