package org.initlab.optim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.activation.ElementMath;
import org.initlab.autograd.Tensor;

/**
 * Adam (Kingma &amp; Ba 2015): m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; w ← w − η·m̂/(√v̂ + ε) with the bias
 * corrections m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ).
 */
public final class Adam implements Optimizer {
    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final Map<Tensor, double[][]> moments = new IdentityHashMap<>();
    private int t;

    /** β₁ = 0.9, β₂ = 0.999, ε = 1e-8. */
    public Adam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8);
    }

    /**
     * Adam with every constant given; the arguments are checked and a bad one is named in the message.
     *
     * @param learningRate η &gt; 0
     * @param beta1        β₁ in [0, 1), decay of the mean of g
     * @param beta2        β₂ in [0, 1), decay of the mean of g²
     * @param epsilon      ε &gt; 0, added to √v̂ so that a step never divides by zero
     */
    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        this.learningRate = Checks.positive("adam", "learningRate", learningRate);
        this.beta1 = Checks.inUnitInterval("adam", "beta1", beta1);
        this.beta2 = Checks.inUnitInterval("adam", "beta2", beta2);
        this.epsilon = Checks.positive("adam", "epsilon", epsilon);
    }

    @Override
    public String name() {
        return "adam(lr=" + learningRate + ", beta1=" + beta1 + ", beta2=" + beta2 + ")";
    }

    @Override
    public void step(List<Tensor> parameters) {
        t++;
        double correction1 = 1 - ElementMath.pow(beta1, t);
        double correction2 = 1 - ElementMath.pow(beta2, t);
        for (Tensor p : parameters) {
            if (p.grad() == null) {
                continue;
            }
            double[] w = p.value().data;
            double[] g = p.grad().data;
            int n = p.value().getNumElements();
            double[][] mv = moments.computeIfAbsent(p, key -> new double[][] {new double[n], new double[n]});
            double[] m = mv[0];
            double[] v = mv[1];
            for (int i = 0; i < n; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                w[i] -= learningRate * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + epsilon);
            }
        }
    }
}
