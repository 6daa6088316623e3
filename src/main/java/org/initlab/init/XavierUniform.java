package org.initlab.init;

/**
 * Xavier/Glorot uniform (Glorot &amp; Bengio 2010): W ~ U(−b, b) with b = gain·√(6/(fanIn + fanOut)), i.e.
 * variance gain²·2/(fanIn + fanOut). Keeping the forward variance needs Var(W) = 1/fanIn, keeping the backward
 * variance needs 1/fanOut; Glorot's compromise takes the harmonic mean of the two conditions. Preset of
 * {@link VarianceScaling}(gain², fan-avg, uniform). Parameter {@code gain} (default 1; 5/3 for tanh in PyTorch's
 * table).
 */
public final class XavierUniform extends VarianceScaling {
    private final double gain;

    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
    public XavierUniform(double gain) {
        super(Check.positive("xavier-uniform", "gain", gain) * gain, FanMode.FAN_AVG, WeightDistribution.UNIFORM);
        this.gain = gain;
    }

    @Override
    public String name() {
        return "xavier-uniform";
    }

    @Override
    public String describe() {
        return "U(±gain·√(6/(fanIn+fanOut))) with gain = " + format(gain);
    }
}
