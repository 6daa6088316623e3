package org.initlab.nn;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.initlab.autograd.BatchNorm;
import org.initlab.autograd.Tensor;

/**
 * A batch-normalization layer (Ioffe &amp; Szegedy 2015): learnable γ (starts at 1, or 0 for the "γ = 0 trick") and
 * β (starts at 0); in training it normalizes each unit by the batch's mean and variance and updates running
 * averages, running ← (1 − momentum)·running + momentum·batch (the batch variance unbiased by n/(n − 1), as PyTorch
 * does); in evaluation it uses the running averages. See {@link BatchNorm} for the formulas.
 */
public final class BatchNormalization {
    private static final double EPSILON = 1e-5;
    private final Tensor gamma;
    private final Tensor beta;
    private final double momentum;
    private final double[] runningMean;
    private final double[] runningVariance;

    /** A layer for {@code width} units with γ = {@code initialGamma}, β = 0, running mean 0 and variance 1. */
    public BatchNormalization(int width, double initialGamma, double momentum) {
        if (width < 1 || !(momentum > 0 && momentum <= 1)) {
            throw new IllegalArgumentException("batch norm: width must be ≥ 1 and momentum in (0, 1], got " + width
                    + ", " + momentum);
        }
        DMatrixRMaj g = new DMatrixRMaj(1, width);
        Arrays.fill(g.data, initialGamma);
        this.gamma = Tensor.parameter(g);
        this.beta = Tensor.parameter(1, width);
        this.momentum = momentum;
        this.runningMean = new double[width];
        this.runningVariance = new double[width];
        Arrays.fill(runningVariance, 1.0);
    }

    /** Normalizes x (n × width): with the batch's statistics when {@code training} (n ≥ 2), else the running ones. */
    public Tensor forward(Tensor x, boolean training) {
        if (!training) {
            return BatchNorm.evaluate(x, gamma, beta, EPSILON, runningMean, runningVariance);
        }
        int n = x.rows();
        if (n < 2) {
            throw new IllegalArgumentException("batch norm: training needs at least 2 examples per batch to estimate a "
                    + "variance, got " + n);
        }
        double[] mean = new double[x.cols()];
        double[] variance = new double[x.cols()];
        Tensor y = BatchNorm.train(x, gamma, beta, EPSILON, mean, variance);
        for (int j = 0; j < mean.length; j++) {
            runningMean[j] = (1 - momentum) * runningMean[j] + momentum * mean[j];
            runningVariance[j] = (1 - momentum) * runningVariance[j] + momentum * variance[j] * n / (n - 1);
        }
        return y;
    }

    /** γ then β. */
    public List<Tensor> parameters() {
        return List.of(gamma, beta);
    }

    /** The running mean per unit (a copy). */
    public double[] runningMean() {
        return runningMean.clone();
    }

    /** The running variance per unit (a copy). */
    public double[] runningVariance() {
        return runningVariance.clone();
    }
}
