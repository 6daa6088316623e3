package org.initlab.theory;

import org.initlab.activation.Activation;
import org.initlab.activation.Identity;
import org.initlab.activation.LeakyRelu;
import org.initlab.activation.Relu;

/**
 * Moments of φ(z) and φ'(z) for a Gaussian pre-activation z ~ N(0, q): exact closed forms for linear, ReLU and
 * leaky ReLU, numerical integration ({@link GaussianExpectation}) for every other activation.
 * <ul>
 *   <li>linear: E[φ] = 0, E[φ²] = q, E[φ'²] = 1;</li>
 *   <li>ReLU: E[φ] = √(q/2π), E[φ²] = q/2, E[φ'²] = 1/2 (half the inputs are cut to 0);</li>
 *   <li>leaky ReLU with slope a: E[φ] = (1 − a)√(q/2π), E[φ²] = (1 + a²)q/2, E[φ'²] = (1 + a²)/2.</li>
 * </ul>
 */
public final class GaussianMoments {
    private GaussianMoments() {
    }

    /** E[φ(z)], z ~ N(0, q). */
    public static double mean(Activation phi, double q) {
        double s = Math.sqrt(q);
        if (phi instanceof Identity) {
            return 0;
        }
        if (phi instanceof Relu) {
            return s / Math.sqrt(2 * Math.PI);
        }
        if (phi instanceof LeakyRelu) {
            return (1 - ((LeakyRelu) phi).slope()) * s / Math.sqrt(2 * Math.PI);
        }
        return GaussianExpectation.of(z -> phi.apply(s * z));
    }

    /** E[φ(z)²], z ~ N(0, q). */
    public static double secondMoment(Activation phi, double q) {
        if (phi instanceof Identity) {
            return q;
        }
        if (phi instanceof Relu) {
            return q / 2;
        }
        if (phi instanceof LeakyRelu) {
            double a = ((LeakyRelu) phi).slope();
            return (1 + a * a) * q / 2;
        }
        double s = Math.sqrt(q);
        return GaussianExpectation.of(z -> {
            double v = phi.apply(s * z);
            return v * v;
        });
    }

    /** E[φ'(z)²], z ~ N(0, q). */
    public static double derivativeSecondMoment(Activation phi, double q) {
        if (phi instanceof Identity) {
            return 1;
        }
        if (phi instanceof Relu) {
            return 0.5;
        }
        if (phi instanceof LeakyRelu) {
            double a = ((LeakyRelu) phi).slope();
            return (1 + a * a) / 2;
        }
        double s = Math.sqrt(q);
        return GaussianExpectation.of(z -> {
            double v = phi.derivative(s * z, phi.apply(s * z));
            return v * v;
        });
    }
}
