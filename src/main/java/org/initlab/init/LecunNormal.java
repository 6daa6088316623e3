package org.initlab.init;

/**
 * LeCun normal (LeCun et al. 1998): W ~ {@value #FORMULA}. The pairing for SELU's self-normalizing networks
 * (Klambauer et al. 2017). Preset of {@link VarianceScaling}(1, fan-in, normal).
 */
public final class LecunNormal extends VarianceScaling {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "N(0, std²) with std = 1/√fanIn";

    /** N(0, 1 / fanIn). */
    public LecunNormal() {
        super(1.0, FanMode.FAN_IN, WeightDistribution.NORMAL);
    }

    @Override
    public String name() {
        return "lecun-normal";
    }

    @Override
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return FORMULA;
    }
}
