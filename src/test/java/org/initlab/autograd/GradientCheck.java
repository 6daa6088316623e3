package org.initlab.autograd;

import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * Compares the gradients from backward() with central finite differences, in double precision.
 * The loss is rebuilt from the parameters for every evaluation.
 */
public final class GradientCheck {
    private static final double STEP = 1e-5;

    private GradientCheck() {
    }

    /** The largest relative error |analytic − numeric| / max(|analytic| + |numeric|, 1e-6) over all entries. */
    public static double maxRelativeError(Supplier<Tensor> loss, List<Tensor> parameters) {
        for (Tensor p : parameters) {
            p.zeroGrad();
        }
        loss.get().backward();
        double worst = 0;
        for (Tensor p : parameters) {
            double[] w = p.value().data;
            for (int i = 0; i < p.value().getNumElements(); i++) {
                double analytic = p.grad() == null ? 0 : p.grad().data[i];
                double saved = w[i];
                w[i] = saved + STEP;
                double plus = loss.get().item();
                w[i] = saved - STEP;
                double minus = loss.get().item();
                w[i] = saved;
                double numeric = (plus - minus) / (2 * STEP);
                double error = Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), 1e-6);
                worst = Math.max(worst, error);
            }
        }
        return worst;
    }

    /** A parameter with entries drawn uniformly from (low, high). */
    public static Tensor randomParameter(int rows, int cols, RandomGenerator random, double low, double high) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = low + (high - low) * random.nextDouble();
        }
        return Tensor.parameter(m);
    }

    /** A constant with N(0, 1) entries, used to project a matrix output onto a scalar: Σ out ⊙ r. */
    public static Tensor randomProjection(int rows, int cols, RandomGenerator random) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = random.nextGaussian();
        }
        return Tensor.constant(m);
    }
}
