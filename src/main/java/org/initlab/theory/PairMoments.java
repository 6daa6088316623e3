package org.initlab.theory;

import org.initlab.activation.Activation;
import org.initlab.activation.Identity;
import org.initlab.activation.LeakyRelu;
import org.initlab.activation.Relu;

/**
 * Joint moments of two correlated pre-activations u₁, u₂ ~ N(0, q) with correlation c — what a layer does to the
 * overlap of two inputs (the correlation map of Poole et al. 2016):
 * <pre>  u₁ = √q·z₁,   u₂ = √q·(c·z₁ + √(1 − c²)·z₂),   z₁, z₂ independent N(0, 1).</pre>
 * Closed forms (the arc-cosine kernel of Cho &amp; Saul 2009) for linear, ReLU and leaky ReLU with slope a:
 * <ul>
 *   <li>linear: E[φ(u₁)φ(u₂)] = q·c, E[φ'(u₁)φ'(u₂)] = 1;</li>
 *   <li>ReLU: E[φφ] = q/(2π)·(√(1 − c²) + (π − arccos c)·c), E[φ'φ'] = (π − arccos c)/(2π);</li>
 *   <li>leaky ReLU: E[φφ] = a·q·c + (1 − a)²·(the ReLU value), E[φ'φ'] = a + (1 − a)²·(the ReLU value).</li>
 * </ul>
 * Every other activation: a product Simpson rule on [−8, 8]² with step 0.1 (26,000 points; for smooth activations
 * the error is far below what a plot shows; activations whose derivative jumps, such as SELU, get E[φ'φ'] to about 1%).
 */
public final class PairMoments {
    private static final GaussianSimpsonRule RULE = new GaussianSimpsonRule(160, 8.0);
    private static final double[] NODES = RULE.nodes;
    private static final double[] WEIGHTS = RULE.weights;

    private PairMoments() {
    }

    /** E[φ(u₁)·φ(u₂)] for u₁, u₂ ~ N(0, q) with correlation c (clamped to [−1, 1]). */
    public static double product(Activation phi, double q, double c) {
        double r = clamp(c);
        if (phi instanceof Identity) {
            return q * r;
        }
        if (phi instanceof Relu) {
            return reluKernel(q, r);
        }
        if (phi instanceof LeakyRelu) {
            double a = ((LeakyRelu) phi).slope();
            return a * q * r + (1 - a) * (1 - a) * reluKernel(q, r);
        }
        return numeric(phi, q, r, false);
    }

    /** E[φ'(u₁)·φ'(u₂)] for u₁, u₂ ~ N(0, q) with correlation c (clamped to [−1, 1]). */
    public static double derivativeProduct(Activation phi, double q, double c) {
        double r = clamp(c);
        if (phi instanceof Identity) {
            return 1;
        }
        double bothPositive = (Math.PI - Math.acos(r)) / (2 * Math.PI);
        if (phi instanceof Relu) {
            return bothPositive;
        }
        if (phi instanceof LeakyRelu) {
            double a = ((LeakyRelu) phi).slope();
            return a + (1 - a) * (1 - a) * bothPositive;
        }
        return numeric(phi, q, r, true);
    }

    private static double reluKernel(double q, double c) {
        return q / (2 * Math.PI) * (Math.sqrt(Math.max(0, 1 - c * c)) + (Math.PI - Math.acos(c)) * c);
    }

    private static double numeric(Activation phi, double q, double c, boolean derivative) {
        double s = Math.sqrt(q);
        double orthogonal = Math.sqrt(Math.max(0, 1 - c * c));
        double sum = 0;
        for (int i = 0; i < NODES.length; i++) {
            double u1 = s * NODES[i];
            double f1 = value(phi, u1, derivative);
            double inner = 0;
            for (int j = 0; j < NODES.length; j++) {
                inner += WEIGHTS[j] * value(phi, s * (c * NODES[i] + orthogonal * NODES[j]), derivative);
            }
            sum += WEIGHTS[i] * f1 * inner;
        }
        return sum;
    }

    private static double value(Activation phi, double u, boolean derivative) {
        double a = phi.apply(u);
        return derivative ? phi.derivative(u, a) : a;
    }

    private static double clamp(double c) {
        return Math.max(-1, Math.min(1, c));
    }
}
