package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/**
 * Batch normalization (Ioffe &amp; Szegedy 2015) of an n × m batch, column by column: in training,
 * <pre>  μⱼ = (1/n)·Σᵢ xᵢⱼ,   σⱼ² = (1/n)·Σᵢ (xᵢⱼ − μⱼ)²,   x̂ᵢⱼ = (xᵢⱼ − μⱼ)/√(σⱼ² + ε),   yᵢⱼ = γⱼ·x̂ᵢⱼ + βⱼ;</pre>
 * in evaluation the running averages of μ and σ² take the batch's place.
 *
 * <p>Local derivatives (training; the batch statistics depend on x): dβⱼ = Σᵢ dyᵢⱼ, dγⱼ = Σᵢ dyᵢⱼ·x̂ᵢⱼ, and with
 * g = dy·γ,
 * <pre>  dxᵢⱼ = (1/(n·√(σⱼ² + ε)))·(n·gᵢⱼ − Σₖ gₖⱼ − x̂ᵢⱼ·Σₖ gₖⱼ·x̂ₖⱼ).</pre>
 * In evaluation the statistics are constants: dxᵢⱼ = γⱼ·dyᵢⱼ/√(σⱼ² + ε).
 */
public final class BatchNorm {
    private BatchNorm() {
    }

    /**
     * Training mode: normalizes with the batch's own statistics and writes them into {@code batchMean} and
     * {@code batchVariance} (modified; length m) so the layer can update its running averages. x, γ (1 × m) and
     * β (1 × m) are not modified.
     */
    public static Tensor train(Tensor x, Tensor gamma, Tensor beta, double epsilon, double[] batchMean,
                               double[] batchVariance) {
        DMatrixRMaj xv = x.value();
        int n = xv.numRows;
        int m = check(xv, gamma, beta);
        double[] inv = new double[m];
        for (int j = 0; j < m; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += xv.data[i * m + j];
            }
            double mean = sum / n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double d = xv.data[i * m + j] - mean;
                squares += d * d;
            }
            batchMean[j] = mean;
            batchVariance[j] = squares / n;
            inv[j] = 1 / Math.sqrt(batchVariance[j] + epsilon);
        }
        DMatrixRMaj normalized = new DMatrixRMaj(n, m);
        DMatrixRMaj y = new DMatrixRMaj(n, m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int k = i * m + j;
                // x̂ = (x − μ)/√(σ² + ε), y = γ·x̂ + β
                normalized.data[k] = (xv.data[k] - batchMean[j]) * inv[j];
                y.data[k] = gamma.value().data[j] * normalized.data[k] + beta.value().data[j];
            }
        }
        return Tensor.result(y, dY -> {
            double[] g = gamma.value().data;
            for (int j = 0; j < m; j++) {
                double sumG = 0;
                double sumGx = 0;
                double sumDy = 0;
                double sumDyX = 0;
                for (int i = 0; i < n; i++) {
                    int k = i * m + j;
                    sumDy += dY.data[k];
                    sumDyX += dY.data[k] * normalized.data[k];
                    sumG += dY.data[k] * g[j];
                    sumGx += dY.data[k] * g[j] * normalized.data[k];
                }
                if (beta.requiresGrad()) {
                    beta.gradToAddInto().data[j] += sumDy;
                }
                if (gamma.requiresGrad()) {
                    gamma.gradToAddInto().data[j] += sumDyX;
                }
                if (x.requiresGrad()) {
                    double[] dX = x.gradToAddInto().data;
                    for (int i = 0; i < n; i++) {
                        int k = i * m + j;
                        // dx = (1/(n·√(σ²+ε)))·(n·g − Σg − x̂·Σ g·x̂)
                        dX[k] += inv[j] / n * (n * dY.data[k] * g[j] - sumG - normalized.data[k] * sumGx);
                    }
                }
            }
        }, x, gamma, beta);
    }

    /** Evaluation mode: y = γ·(x − mean)/√(variance + ε) + β with fixed statistics (not modified). */
    public static Tensor evaluate(Tensor x, Tensor gamma, Tensor beta, double epsilon, double[] mean,
            double[] variance) {
        DMatrixRMaj xv = x.value();
        int n = xv.numRows;
        int m = check(xv, gamma, beta);
        DMatrixRMaj normalized = new DMatrixRMaj(n, m);
        DMatrixRMaj y = new DMatrixRMaj(n, m);
        double[] inv = new double[m];
        for (int j = 0; j < m; j++) {
            inv[j] = 1 / Math.sqrt(variance[j] + epsilon);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int k = i * m + j;
                normalized.data[k] = (xv.data[k] - mean[j]) * inv[j];
                y.data[k] = gamma.value().data[j] * normalized.data[k] + beta.value().data[j];
            }
        }
        return Tensor.result(y, dY -> {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    int k = i * m + j;
                    if (x.requiresGrad()) {
                        x.gradToAddInto().data[k] += gamma.value().data[j] * inv[j] * dY.data[k];
                    }
                    if (gamma.requiresGrad()) {
                        gamma.gradToAddInto().data[j] += dY.data[k] * normalized.data[k];
                    }
                    if (beta.requiresGrad()) {
                        beta.gradToAddInto().data[j] += dY.data[k];
                    }
                }
            }
        }, x, gamma, beta);
    }

    static int check(DMatrixRMaj x, Tensor gamma, Tensor beta) {
        int m = x.numCols;
        if (gamma.rows() != 1 || gamma.cols() != m || beta.rows() != 1 || beta.cols() != m) {
            throw new IllegalArgumentException("normalization: input is " + Shapes.of(x) + " but γ is "
                    + Shapes.of(gamma.value()) + " and β is " + Shapes.of(beta.value()) + "; both must be 1×" + m);
        }
        return m;
    }
}
