package org.initlab.init;

/**
 * Xavier/Glorot normal: W ~ {@value #FORMULA}, the variance of Glorot &amp;
 * Bengio's (2010) "normalized initialization". The paper itself proposes the <em>uniform</em> distribution
 * U(±√(6/(fanIn + fanOut))) ({@link XavierUniform}); the normal variant with the same variance is the frameworks'.
 * Preset of {@link VarianceScaling}(gain², fan-avg, normal). Parameter {@code gain} (default 1).
 */
public final class XavierNormal extends VarianceScaling {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "N(0, std²) with std = gain·√(2/(fanIn+fanOut))";

    private final double gain;

    /** N(0, gain²·2 / (fanIn + fanOut)). */
    public XavierNormal(double gain) {
        super(Check.positive("xavier-normal", "gain", gain) * gain, FanMode.FAN_AVG, WeightDistribution.NORMAL);
        this.gain = gain;
    }

    @Override
    public String name() {
        return "xavier-normal";
    }

    @Override
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return FORMULA + ", gain = " + format(gain);
    }
}
