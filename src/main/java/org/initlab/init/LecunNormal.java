package org.initlab.init;

/**
 * LeCun normal (LeCun et al. 1998): W ~ N(0, 1/fanIn). The pairing for SELU's self-normalizing networks
 * (Klambauer et al. 2017). Preset of {@link VarianceScaling}(1, fan-in, normal).
 */
public final class LecunNormal extends VarianceScaling {
    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
    public LecunNormal() {
        super(1.0, FanMode.FAN_IN, WeightDistribution.NORMAL);
    }

    @Override
    public String name() {
        return "lecun-normal";
    }

    @Override
    public String describe() {
        return "N(0, std²) with std = 1/√fanIn";
    }
}
