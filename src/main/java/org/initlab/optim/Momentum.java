package org.initlab.optim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.autograd.Tensor;

/**
 * SGD with momentum μ (PyTorch's form): v ← μ·v + g; w ← w − η·v. With Nesterov's correction the step uses the
 * look-ahead gradient instead: w ← w − η·(g + μ·v).
 */
public final class Momentum implements Optimizer {
    private final double learningRate;
    private final double momentum;
    private final boolean nesterov;
    private final Map<Tensor, double[]> velocity = new IdentityHashMap<>();

    /**
     * SGD with momentum (Nesterov's if asked); the arguments are checked and a bad one is named in the message.
     *
     * @param learningRate η &gt; 0
     * @param momentum     μ in [0, 1); PyTorch and the {@code momentum} optimizer name use 0.9
     * @param nesterov     use the look-ahead step w ← w − η·(g + μ·v)
     */
    public Momentum(double learningRate, double momentum, boolean nesterov) {
        this.learningRate = Checks.positive("momentum", "learningRate", learningRate);
        this.momentum = Checks.inUnitInterval("momentum", "momentum", momentum);
        this.nesterov = nesterov;
    }

    @Override
    public String name() {
        return (nesterov ? "nesterov" : "momentum") + "(lr=" + learningRate + ", mu=" + momentum + ")";
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
            double[] v = velocity.computeIfAbsent(p, key -> new double[n]);
            for (int i = 0; i < n; i++) {
                v[i] = momentum * v[i] + g[i];
                w[i] -= learningRate * (nesterov ? g[i] + momentum * v[i] : v[i]);
            }
        }
    }
}
