package org.initlab.activation;

/**
 * Scaled ELU (Klambauer et al. 2017) φ(z) = λz for z &gt; 0 and λα(e^z − 1) otherwise, with
 * λ ≈ 1.0507 and α ≈ 1.6733 chosen so that N(0, 1) inputs give outputs of mean 0 and variance 1.
 * φ'(z) = λ or φ(z) + λα. Gain 3/4 is PyTorch's table value, which its source labels "found empirically" (it
 * trades the self-normalizing fixed point for steadier gradients in rectangular layers); the paper's
 * self-normalizing networks use LeCun normal initialization, i.e. gain 1 with fan-in.
 */
public final class Selu implements Activation {
    /** λ, the scale of SELU. */
    public static final double LAMBDA = 1.0507009873554804934193349852946;
    /** α, the negative saturation of SELU (before scaling by λ). */
    public static final double ALPHA = 1.6732632423543772848170429916717;

    @Override
    public String name() {
        return "selu";
    }

    @Override
    public double apply(double z) {
        return z > 0 ? LAMBDA * z : LAMBDA * ALPHA * ElementMath.expm1(z);
    }

    @Override
    public double derivative(double z, double a) {
        return z > 0 ? LAMBDA : a + LAMBDA * ALPHA;
    }

    @Override
    public double gain() {
        return 0.75;
    }
}
