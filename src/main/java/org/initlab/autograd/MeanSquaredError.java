package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/**
 * Mean squared error L = (1/N) Σ (P − T)² over all N entries, a 1×1 tensor.
 * Local derivative: dP = (2/N)(P − T)·dL. The target T takes no gradient.
 */
public final class MeanSquaredError {
    private MeanSquaredError() {
    }

    /** @param target same shape as the prediction (not modified) */
    public static Tensor apply(Tensor prediction, DMatrixRMaj target) {
        Shapes.requireSame("mse", "prediction", prediction.value(), "target", target);
        double[] p = prediction.value().data;
        int n = target.getNumElements();
        double total = 0;
        for (int i = 0; i < n; i++) {
            double d = p[i] - target.data[i];
            total += d * d;
        }
        DMatrixRMaj loss = new DMatrixRMaj(1, 1);
        loss.data[0] = total / n;
        return Tensor.result(loss, dL -> {
            if (prediction.requiresGrad()) {
                double g = 2.0 * dL.data[0] / n;
                double[] dP = prediction.gradToAddInto().data;
                for (int i = 0; i < n; i++) {
                    dP[i] += g * (p[i] - target.data[i]);
                }
            }
        }, prediction);
    }
}
