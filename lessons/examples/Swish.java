package examples;

import org.initlab.activation.Activation;
import org.initlab.activation.Sigmoid;

/**
 * A student's activation: swish (SiLU), φ(z) = z·σ(z), φ'(z) = σ(z) + z·σ(z)(1 − σ(z)) (Ramachandran et al. 2017).
 * Check it with {@code INITLAB_CLASSPATH=target/classes ./initlab check-activation examples.Swish}.
 */
public final class Swish implements Activation {
    @Override
    public String name() {
        return "examples.Swish";
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
