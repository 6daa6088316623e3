package org.initlab.init;

/**
 * LeCun uniform (LeCun, Bottou, Orr &amp; Müller 1998, "Efficient BackProp"): W ~ {@value #FORMULA}, variance
 * 1/fanIn. Preset of {@link VarianceScaling}(1, fan-in, uniform).
 */
public final class LecunUniform extends VarianceScaling {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "U(±√(3/fanIn))";

    /** U(−b, b) with b = √(3 / fanIn). */
    public LecunUniform() {
        super(1.0, FanMode.FAN_IN, WeightDistribution.UNIFORM);
    }

    @Override
    public String name() {
        return "lecun-uniform";
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
