package examples;

import org.initlab.activation.Activation;

/**
 * How to write your own activation (not an assignment's answer): softsign, φ(z) = z / (1 + |z|),
 * φ'(z) = 1 / (1 + |z|)² (Bergstra et al. 2009). Check it with
 * {@code ./initlab check-activation examples.Softsign}; use it anywhere a built-in name goes:
 * {@code ./initlab probe --activation examples.Softsign --init xavier-normal --depth 20 --width 256 --out
 * runs/softsign}.
 */
public final class Softsign implements Activation {
    @Override
    public String name() {
        return "examples.Softsign";
    }

    @Override
    public double apply(double z) {
        return z / (1 + Math.abs(z));
    }

    @Override
    public double derivative(double z, double a) {
        double d = 1 + Math.abs(z);
        return 1 / (d * d);
    }

    @Override
    public double gain() {
        return 1;
    }
}
