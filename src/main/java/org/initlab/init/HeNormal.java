package org.initlab.init;

/**
 * He/Kaiming normal (He et al. 2015): W ~ {@value #FORMULA} for leaky
 * slope a (a = 0: std = √(2/fanIn)). Preset of {@link VarianceScaling}(2/(1+a²), mode, normal). Parameters
 * {@code mode} (default fan-in) and {@code slope} (default 0).
 */
public final class HeNormal extends VarianceScaling {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "N(0, std²) with std = gain/√fan, gain = √(2/(1+a²))";

    private final double slope;

    /** N(0, 2 / ((1 + slope²)·fan)), fan chosen by {@code mode}; slope 0 for ReLU, a for leaky ReLU. */
    public HeNormal(FanMode mode, double slope) {
        super(2.0 / (1.0 + Check.finite("he-normal", "slope", slope) * slope), mode, WeightDistribution.NORMAL);
        this.slope = slope;
    }

    @Override
    public String name() {
        return "he-normal";
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
