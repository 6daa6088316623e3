package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/**
 * Layer normalization (Ba, Kiros &amp; Hinton 2016) of an n × m batch, row by row — each example on its own, so it
 * behaves the same in training and evaluation:
 * <pre>  μᵢ = (1/m)·Σⱼ xᵢⱼ,   σᵢ² = (1/m)·Σⱼ (xᵢⱼ − μᵢ)²,   x̂ᵢⱼ = (xᵢⱼ − μᵢ)/√(σᵢ² + ε),   yᵢⱼ = γⱼ·x̂ᵢⱼ + βⱼ.</pre>
 * Local derivatives: dβⱼ = Σᵢ dyᵢⱼ, dγⱼ = Σᵢ dyᵢⱼ·x̂ᵢⱼ, and with gᵢⱼ = dyᵢⱼ·γⱼ,
 * <pre>  dxᵢⱼ = (1/(m·√(σᵢ² + ε)))·(m·gᵢⱼ − Σₖ gᵢₖ − x̂ᵢⱼ·Σₖ gᵢₖ·x̂ᵢₖ).</pre>
 */
public final class LayerNorm {
    private LayerNorm() {
    }

    /** y = γ ⊙ (x − μ)/√(σ² + ε) + β per row, as a new tensor; x is n × m, γ and β are 1 × m (none modified). */
    public static Tensor apply(Tensor x, Tensor gamma, Tensor beta, double epsilon) {
        DMatrixRMaj xv = x.value();
        int n = xv.numRows;
        int m = BatchNorm.check(xv, gamma, beta);
        DMatrixRMaj normalized = new DMatrixRMaj(n, m);
        DMatrixRMaj y = new DMatrixRMaj(n, m);
        double[] inv = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < m; j++) {
                sum += xv.data[i * m + j];
            }
            double mean = sum / m;
            double squares = 0;
            for (int j = 0; j < m; j++) {
                double d = xv.data[i * m + j] - mean;
                squares += d * d;
            }
            inv[i] = 1 / Math.sqrt(squares / m + epsilon);
            for (int j = 0; j < m; j++) {
                int k = i * m + j;
                normalized.data[k] = (xv.data[k] - mean) * inv[i];
                y.data[k] = gamma.value().data[j] * normalized.data[k] + beta.value().data[j];
            }
        }
        return Tensor.result(y, dY -> {
            double[] g = gamma.value().data;
            for (int i = 0; i < n; i++) {
                double sumG = 0;
                double sumGx = 0;
                for (int j = 0; j < m; j++) {
                    int k = i * m + j;
                    sumG += dY.data[k] * g[j];
                    sumGx += dY.data[k] * g[j] * normalized.data[k];
                    if (gamma.requiresGrad()) {
                        gamma.gradToAddInto().data[j] += dY.data[k] * normalized.data[k];
                    }
                    if (beta.requiresGrad()) {
                        beta.gradToAddInto().data[j] += dY.data[k];
                    }
                }
                if (x.requiresGrad()) {
                    double[] dX = x.gradToAddInto().data;
                    for (int j = 0; j < m; j++) {
                        int k = i * m + j;
                        // dx = (1/(m·√(σ²+ε)))·(m·g − Σg − x̂·Σ g·x̂)
                        dX[k] += inv[i] / m * (m * dY.data[k] * g[j] - sumG - normalized.data[k] * sumGx);
                    }
                }
            }
        }, x, gamma, beta);
    }
}
