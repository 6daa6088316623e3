package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.ElementMath;

/**
 * Softmax cross-entropy from logits X (n×k) with integer class labels yᵢ ∈ [0, k), averaged over the n rows:
 * L = (1/n) Σᵢ [logΣⱼ e^(Xᵢⱼ) − X_{i,yᵢ}], the log-sum-exp taken after subtracting the row maximum so that it
 * never overflows. Local derivative: dX = (softmax(X) − onehot(y))/n · dL.
 *
 * <p>An infinite or NaN logit gives a NaN or infinite loss, returned as it is.
 */
public final class SoftmaxCrossEntropy {
    private SoftmaxCrossEntropy() {
    }

    /** @param labels one class index per row of the logits (not modified) */
    public static Tensor apply(Tensor logits, int[] labels) {
        DMatrixRMaj xv = logits.value();
        int rows = xv.numRows;
        int k = xv.numCols;
        if (labels.length != rows) {
            throw new IllegalArgumentException("softmaxCrossEntropy: logits are " + Shapes.of(xv) + " but there are "
                    + labels.length + " labels; one label per row is needed");
        }
        double[] softmax = new double[rows * k];
        double total = 0;
        for (int i = 0; i < rows; i++) {
            int label = labels[i];
            if (label < 0 || label >= k) {
                throw new IllegalArgumentException("softmaxCrossEntropy: label " + label + " in row " + i
                        + " is outside [0, " + k + ") for " + k + " classes");
            }
            int offset = i * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                max = Math.max(max, xv.data[offset + j]);
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                double e = ElementMath.exp(xv.data[offset + j] - max);
                softmax[offset + j] = e;
                sum += e;
            }
            for (int j = 0; j < k; j++) {
                softmax[offset + j] /= sum;
            }
            total += max + ElementMath.log(sum) - xv.data[offset + label];
        }
        DMatrixRMaj loss = new DMatrixRMaj(1, 1);
        loss.data[0] = total / rows;
        return Tensor.result(loss, dL -> {
            if (logits.requiresGrad()) {
                double g = dL.data[0] / rows;
                double[] dx = logits.gradToAddInto().data;
                for (int i = 0; i < rows; i++) {
                    int offset = i * k;
                    for (int j = 0; j < k; j++) {
                        double target = j == labels[i] ? 1.0 : 0.0;
                        dx[offset + j] += g * (softmax[offset + j] - target);
                    }
                }
            }
        }, logits);
    }
}
