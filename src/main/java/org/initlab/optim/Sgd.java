package org.initlab.optim;

import java.util.List;
import org.initlab.autograd.Tensor;

/** Plain stochastic gradient descent: w ← w − η·g. */
public final class Sgd implements Optimizer {
    private final double learningRate;

    /** Steps of size η = learningRate, which must be positive. */
    public Sgd(double learningRate) {
        this.learningRate = Checks.positive("sgd", "learningRate", learningRate);
    }

    @Override
    public String name() {
        return "sgd(lr=" + learningRate + ")";
    }

    @Override
    public void step(List<Tensor> parameters) {
        for (Tensor p : parameters) {
            if (p.grad() == null) {
                continue;
            }
            double[] w = p.value().data;
            double[] g = p.grad().data;
            int n = p.value().getNumElements();
            for (int i = 0; i < n; i++) {
                w[i] -= learningRate * g[i];
            }
        }
    }
}
