package solutions;

import org.initlab.activation.Activation;
import org.initlab.activation.Sigmoid;

/**
 * The reference answer to assignment B (lessons/assignments/swish): swish (SiLU), φ(z) = z·σ(z),
 * φ'(z) = σ(z) + z·σ(z)(1 − σ(z)) (Ramachandran et al. 2017), with an overflow-safe σ. Test tree only.
 */
public final class Swish implements Activation {
    @Override
    public String name() {
        return "solutions.Swish";
    }

    @Override
    public double apply(double z) {
        return z * Sigmoid.logistic(z);
    }

    @Override
    public double derivative(double z, double a) {
        double s = Sigmoid.logistic(z);
        return s + z * s * (1 - s);
    }

    @Override
    public double gain() {
        return Math.sqrt(2.0);
    }
}
