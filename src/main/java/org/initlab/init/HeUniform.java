package org.initlab.init;

/**
 * He/Kaiming uniform (He et al. 2015, "Delving Deep into Rectifiers"): W ~ {@value #FORMULA}
 * for leaky slope a (a = 0: plain ReLU, b = √(6/fanIn)). ReLU zeroes half of a symmetric
 * input, halving its second moment; the factor 2 restores it. Preset of
 * {@link VarianceScaling}(2/(1+a²), mode, uniform). Parameters {@code mode} (fan-in keeps the forward signal,
 * fan-out the backward one) and {@code slope} (default 0).
 */
public final class HeUniform extends VarianceScaling {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "U(±gain·√(3/fan)) with gain = √(2/(1+a²))";

    private final double slope;

    /** U(−b, b) with b = √(6 / ((1 + slope²)·fan)), fan chosen by {@code mode}; slope 0 for ReLU, a for leaky ReLU. */
    public HeUniform(FanMode mode, double slope) {
        super(2.0 / (1.0 + Check.finite("he-uniform", "slope", slope) * slope), mode, WeightDistribution.UNIFORM);
        this.slope = slope;
    }

    @Override
    public String name() {
        return "he-uniform";
    }

    @Override
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return FORMULA + ", a = " + format(slope) + ", fan = " + mode();
    }
}
