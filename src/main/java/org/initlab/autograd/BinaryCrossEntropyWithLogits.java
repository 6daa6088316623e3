package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.ElementMath;
import org.initlab.activation.Sigmoid;

/**
 * Binary cross-entropy from logits x with targets y ∈ [0, 1], averaged over all N entries:
 * L = (1/N) Σ [max(x, 0) − x·y + ln(1 + e^(−|x|))], which equals −[y ln σ(x) + (1 − y) ln(1 − σ(x))] but
 * never takes the log of 0 nor overflows for large |x|. Local derivative: dx = (σ(x) − y)/N · dL.
 *
 * <p>An infinite or NaN logit gives a NaN or infinite loss, returned as it is: the training loop records it.
 */
public final class BinaryCrossEntropyWithLogits {
    private BinaryCrossEntropyWithLogits() {
    }

    /** @param target same shape as the logits, entries in [0, 1] (not modified) */
    public static Tensor apply(Tensor logits, DMatrixRMaj target) {
        Shapes.requireSame("binaryCrossEntropy", "logits", logits.value(), "target", target);
        double[] x = logits.value().data;
        double[] y = target.data;
        int n = target.getNumElements();
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += Math.max(x[i], 0.0) - x[i] * y[i] + ElementMath.log1p(ElementMath.exp(-Math.abs(x[i])));
        }
        DMatrixRMaj loss = new DMatrixRMaj(1, 1);
        loss.data[0] = total / n;
        return Tensor.result(loss, dL -> {
            if (logits.requiresGrad()) {
                double g = dL.data[0] / n;
                double[] dx = logits.gradToAddInto().data;
                for (int i = 0; i < n; i++) {
                    dx[i] += g * (Sigmoid.logistic(x[i]) - y[i]);
                }
            }
        }, logits);
    }
}
