package org.initlab.init;

/**
 * Xavier/Glorot normal: W ~ N(0, std²) with std = gain·√(2/(fanIn + fanOut)), the variance of Glorot &amp;
 * Bengio's (2010) "normalized initialization". The paper itself proposes the <em>uniform</em> distribution
 * U(±√(6/(fanIn + fanOut))) ({@link XavierUniform}); the normal variant with the same variance is the frameworks'.
 * Preset of {@link VarianceScaling}(gain², fan-avg, normal). Parameter {@code gain} (default 1).
 */
public final class XavierNormal extends VarianceScaling {
    private final double gain;

    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
    public XavierNormal(double gain) {
        super(Check.positive("xavier-normal", "gain", gain) * gain, FanMode.FAN_AVG, WeightDistribution.NORMAL);
        this.gain = gain;
    }

    @Override
    public String name() {
        return "xavier-normal";
    }

    @Override
    public String describe() {
        return "N(0, std²) with std = gain·√(2/(fanIn+fanOut)), gain = " + format(gain);
    }
}
