package org.initlab.init;

/**
 * He/Kaiming normal (He et al. 2015): W ~ N(0, std²) with std = gain/√fan, gain = √(2/(1 + a²)) for leaky
 * slope a (a = 0: std = √(2/fanIn)). Preset of {@link VarianceScaling}(2/(1+a²), mode, normal). Parameters
 * {@code mode} (default fan-in) and {@code slope} (default 0).
 */
public final class HeNormal extends VarianceScaling {
    private final double slope;

    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
    public HeNormal(FanMode mode, double slope) {
        super(2.0 / (1.0 + Check.finite("he-normal", "slope", slope) * slope), mode, WeightDistribution.NORMAL);
        this.slope = slope;
    }

    @Override
    public String name() {
        return "he-normal";
    }

    @Override
    public String describe() {
        return "N(0, std²) with std = gain/√fan, gain = √(2/(1+a²)), a = " + format(slope) + ", fan = " + mode();
    }
}
