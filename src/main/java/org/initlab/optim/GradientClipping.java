package org.initlab.optim;

import java.util.List;
import org.initlab.autograd.Tensor;

/**
 * Global gradient-norm clipping: if ‖g‖ &gt; maxNorm over all parameters together, every g is scaled by maxNorm/‖g‖.
 */
public final class GradientClipping {
    private GradientClipping() {
    }

    /**
     * Clips the gradients in place (gradients modified) and returns the norm before clipping. A non-finite norm
     * is returned as it is and nothing is scaled, so that the training loop can report the divergence.
     */
    public static double clipGlobalNorm(List<Tensor> parameters, double maxNorm) {
        double sumSquares = 0;
        for (Tensor p : parameters) {
            if (p.grad() != null) {
                for (int i = 0; i < p.grad().getNumElements(); i++) {
                    double g = p.grad().data[i];
                    sumSquares += g * g;
                }
            }
        }
        double norm = Math.sqrt(sumSquares);
        if (Double.isFinite(norm) && norm > maxNorm) {
            double factor = maxNorm / norm;
            for (Tensor p : parameters) {
                if (p.grad() != null) {
                    for (int i = 0; i < p.grad().getNumElements(); i++) {
                        p.grad().data[i] *= factor;
                    }
                }
            }
        }
        return norm;
    }
}
