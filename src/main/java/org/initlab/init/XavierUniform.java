package org.initlab.init;

/**
 * Xavier/Glorot uniform (Glorot &amp; Bengio 2010): W ~ {@value #FORMULA}, i.e.
 * variance gain²·2/(fanIn + fanOut). Keeping the forward variance needs Var(W) = 1/fanIn, keeping the backward
 * variance needs 1/fanOut; Glorot's compromise takes the harmonic mean of the two conditions. Preset of
 * {@link VarianceScaling}(gain², fan-avg, uniform). Parameter {@code gain} (default 1; 5/3 for tanh in PyTorch's
 * table).
 */
public final class XavierUniform extends VarianceScaling {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "U(±gain·√(6/(fanIn+fanOut)))";

    private final double gain;

    /** U(−b, b) with b = gain·√(6 / (fanIn + fanOut)). */
    public XavierUniform(double gain) {
        super(Check.positive("xavier-uniform", "gain", gain) * gain, FanMode.FAN_AVG, WeightDistribution.UNIFORM);
        this.gain = gain;
    }

    @Override
    public String name() {
        return "xavier-uniform";
    }

    @Override
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return FORMULA + " with gain = " + format(gain);
    }
}
