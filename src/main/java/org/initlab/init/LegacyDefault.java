package org.initlab.init;

/**
 * What PyTorch's {@code nn.Linear} does by default: W ~ {@value #FORMULA}, written in PyTorch as
 * {@code kaiming_uniform_(w, a=√5)} (gain √(2/(1+5)) = √(1/3), bound gain·√(3/fanIn) = 1/√fanIn).
 * A teaching example: the <em>bound</em> is 1/√fanIn but the <em>std</em> is 1/√(3·fanIn), a third of the
 * variance LeCun's scheme gives. Preset of {@link VarianceScaling}(1/3, fan-in, uniform).
 */
public final class LegacyDefault extends VarianceScaling {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "U(±1/√fanIn) (std 1/√(3·fanIn))";

    /** U(−b, b) with b = 1/√fanIn, PyTorch's nn.Linear default. */
    public LegacyDefault() {
        super(1.0 / 3.0, FanMode.FAN_IN, WeightDistribution.UNIFORM);
    }

    @Override
    public String name() {
        return "legacy-default";
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
