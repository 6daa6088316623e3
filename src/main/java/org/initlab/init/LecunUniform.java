package org.initlab.init;

/**
 * LeCun uniform (LeCun, Bottou, Orr &amp; Müller 1998, "Efficient BackProp"): W ~ U(±√(3/fanIn)), variance
 * 1/fanIn. Preset of {@link VarianceScaling}(1, fan-in, uniform).
 */
public final class LecunUniform extends VarianceScaling {
    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
    public LecunUniform() {
        super(1.0, FanMode.FAN_IN, WeightDistribution.UNIFORM);
    }

    @Override
    public String name() {
        return "lecun-uniform";
    }

    @Override
    public String describe() {
        return "U(±√(3/fanIn))";
    }
}
