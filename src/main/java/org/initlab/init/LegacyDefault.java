package org.initlab.init;

/**
 * What PyTorch's {@code nn.Linear} does by default: W ~ U(±1/√fanIn), written in PyTorch as
 * {@code kaiming_uniform_(w, a=√5)} (gain √(2/(1+5)) = √(1/3), bound gain·√(3/fanIn) = 1/√fanIn).
 * A teaching example: the <em>bound</em> is 1/√fanIn but the <em>std</em> is 1/√(3·fanIn), a third of the
 * variance LeCun's scheme gives. Preset of {@link VarianceScaling}(1/3, fan-in, uniform).
 */
public final class LegacyDefault extends VarianceScaling {
    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
    public LegacyDefault() {
        super(1.0 / 3.0, FanMode.FAN_IN, WeightDistribution.UNIFORM);
    }

    @Override
    public String name() {
        return "legacy-default";
    }

    @Override
    public String describe() {
        return "U(±1/√fanIn) (std 1/√(3·fanIn))";
    }
}
