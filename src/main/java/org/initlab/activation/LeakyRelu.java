package org.initlab.activation;

/**
 * Leaky ReLU φ(z) = z for z &gt; 0 and a·z otherwise, with slope a; φ'(z) = 1 or a; gain √(2/(1 + a²))
 * (He et al. 2015: the second moment of φ(z) for symmetric z is (1 + a²)/2 of z's).
 */
public final class LeakyRelu implements Activation {
    /** The default slope, as in PyTorch. */
    public static final double DEFAULT_SLOPE = 0.01;
    private final double slope;

    /** Slope {@value #DEFAULT_SLOPE} for z < 0, as PyTorch's default. */
    public LeakyRelu() {
        this(DEFAULT_SLOPE);
    }

    /** @param slope the slope a for negative inputs; must be a finite number */
    public LeakyRelu(double slope) {
        if (!Double.isFinite(slope)) {
            throw new IllegalArgumentException("leaky-relu: slope must be a finite number, got " + slope);
        }
        this.slope = slope;
    }

    /** The slope a of the negative side, φ(z) = a·z for z ≤ 0 (any finite number; 0 gives plain ReLU). */
    public double slope() {
        return slope;
    }

    @Override
    public String name() {
        return slope == DEFAULT_SLOPE ? "leaky-relu" : "leaky-relu:" + slope;
    }

    @Override
    public double apply(double z) {
        return z > 0 ? z : slope * z;
    }

    @Override
    public double derivative(double z, double a) {
        return z > 0 ? 1.0 : slope;
    }

    @Override
    public double gain() {
        return Math.sqrt(2.0 / (1.0 + slope * slope));
    }
}
