package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.initlab.activation.Activations;
import org.initlab.activation.Tanh;
import org.initlab.nn.Mlp;
import org.initlab.theory.Gains;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The named schemes against their textbook formulas, written out here independently of the library. */
class InitializerFormulaTest {
    private static final int IN = 300;
    private static final int OUT = 100;

    @Test
    void textbookFormulas() {
        assertThat(new XavierUniform(1).bound(IN, OUT)).isCloseTo(Math.sqrt(6.0 / (IN + OUT)), within(1e-15));
        assertThat(new XavierNormal(1).expectedStd(IN, OUT)).isCloseTo(Math.sqrt(2.0 / (IN + OUT)), within(1e-15));
        assertThat(new XavierNormal(5.0 / 3).expectedStd(IN, OUT))
                .isCloseTo(5.0 / 3 * Math.sqrt(2.0 / (IN + OUT)), within(1e-15));
        assertThat(new HeUniform(FanMode.FAN_IN, 0).bound(IN, OUT)).isCloseTo(Math.sqrt(6.0 / IN), within(1e-15));
        assertThat(new HeNormal(FanMode.FAN_IN, 0).expectedStd(IN, OUT)).isCloseTo(Math.sqrt(2.0 / IN), within(1e-15));
        assertThat(new HeNormal(FanMode.FAN_OUT, 0).expectedStd(IN, OUT))
                .isCloseTo(Math.sqrt(2.0 / OUT), within(1e-15));
        assertThat(new HeNormal(FanMode.FAN_IN, 0.2).expectedStd(IN, OUT))
                .isCloseTo(Math.sqrt(2.0 / (1 + 0.04)) / Math.sqrt(IN), within(1e-15));
        assertThat(new LecunNormal().expectedStd(IN, OUT)).isCloseTo(1 / Math.sqrt(IN), within(1e-15));
        assertThat(new LecunUniform().bound(IN, OUT)).isCloseTo(Math.sqrt(3.0 / IN), within(1e-15));
        assertThat(new LegacyDefault().bound(IN, OUT)).isCloseTo(1 / Math.sqrt(IN), within(1e-15));
        assertThat(new LegacyDefault().expectedStd(IN, OUT)).isCloseTo(1 / Math.sqrt(3.0 * IN), within(1e-15));
        assertThat(TruncatedNormal.stdFactor(2)).isCloseTo(0.8796, within(5e-5));
    }

    static Stream<Arguments> presets() {
        return Stream.of(
                Arguments.of(new XavierUniform(1.5),
                        new VarianceScaling(2.25, FanMode.FAN_AVG, WeightDistribution.UNIFORM)),
                Arguments.of(new XavierNormal(1), new VarianceScaling(1, FanMode.FAN_AVG, WeightDistribution.NORMAL)),
                Arguments.of(new HeUniform(FanMode.FAN_IN, 0),
                        new VarianceScaling(2, FanMode.FAN_IN, WeightDistribution.UNIFORM)),
                Arguments.of(new HeNormal(FanMode.FAN_OUT, 1),
                        new VarianceScaling(1, FanMode.FAN_OUT, WeightDistribution.NORMAL)),
                Arguments.of(new LecunUniform(), new VarianceScaling(1, FanMode.FAN_IN, WeightDistribution.UNIFORM)),
                Arguments.of(new LecunNormal(), new VarianceScaling(1, FanMode.FAN_IN, WeightDistribution.NORMAL)),
                Arguments.of(new LegacyDefault(),
                        new VarianceScaling(1.0 / 3, FanMode.FAN_IN, WeightDistribution.UNIFORM)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void presetsEqualTheirVarianceScalingForm(Initializer preset, VarianceScaling general) {
        double[] a = new double[IN * OUT];
        double[] b = new double[IN * OUT];
        preset.fill(a, IN, OUT, new SplittableRandom(9));
        general.fill(b, IN, OUT, new SplittableRandom(9));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void sparseZeroesTheRightNumberPerUnit() {
        double[] w = new double[IN * OUT];
        new Sparse(0.9, 1).fill(w, IN, OUT, new SplittableRandom(2));
        for (int j = 0; j < OUT; j++) {
            int zeros = 0;
            for (int i = 0; i < IN; i++) {
                zeros += w[i * OUT + j] == 0 ? 1 : 0;
            }
            assertThat(zeros).isEqualTo(270);
        }
    }

    @Test
    void badParametersAreRefusedNamingParameterAndValue() {
        assertThatThrownBy(() -> Initializers.byName("normal:std=-1"))
                .hasMessage("normal: std must be a number ≥ 0, got -1.0");
        assertThatThrownBy(() -> Initializers.byName("uniform:low=1,high=1"))
                .hasMessage("uniform: low must be below high, got low=1.0, high=1.0");
        assertThatThrownBy(() -> Initializers.byName("he-normal:mode=fan-sideways"))
                .hasMessage("he-normal: unknown mode 'fan-sideways'; known: fan-in, fan-out, fan-avg");
        assertThatThrownBy(() -> Initializers.byName("sparse:fraction=1"))
                .hasMessageContaining("fraction (of zeros) must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> Initializers.byName("normal:std=NaN"))
                .hasMessage("normal: std must be a number, got 'NaN'");
        assertThatThrownBy(() -> Initializers.byName("normal:sd=1"))
                .hasMessage("normal: unknown parameter 'sd' (did you mean 'std'?); it takes: mean, std");
        assertThatThrownBy(() -> Initializers.byName("glorot"))
                .hasMessageStartingWith("unknown initializer 'glorot'; known: zeros, ones");
        assertThatThrownBy(() -> new HeNormal(FanMode.FAN_IN, 0).fill(new double[4], 0, 4, new SplittableRandom(1)))
                .hasMessage("he-normal: fanIn and fanOut must be positive, got fanIn=0, fanOut=4");
        assertThatThrownBy(() -> Initializers.byName("xavier-normal:gain=banana"))
                .hasMessageContaining("gain must be a number or an activation name");
    }

    @Test
    void gainsTableAndNumeric() {
        assertThat(Gains.table(new Tanh())).isEqualTo(5.0 / 3);
        assertThat(Gains.numeric(Activations.byName("relu"))).isCloseTo(Math.sqrt(2), within(1e-9));
        assertThat(Gains.numeric(Activations.byName("identity"))).isCloseTo(1, within(1e-9));
        assertThat(Gains.numeric(Activations.byName("leaky-relu:0.2"))).isCloseTo(Math.sqrt(2 / 1.04), within(1e-9));
        assertThat(Gains.numeric(Activations.byName("selu"))).isCloseTo(1, within(1e-3));
        assertThat(Gains.numeric(new Tanh())).isCloseTo(1.593, within(2e-3));
        assertThat(Gains.numeric(Activations.byName("sigmoid"))).isCloseTo(1.847, within(2e-3));
        assertThat(Gains.numeric(Activations.byName("gelu"))).isGreaterThan(Math.sqrt(2));
    }

    @Test
    void everyLayerGetsItsOwnStream() {
        Mlp net = Mlp.uniform(8, 3, 8, 8, new Tanh()).initialize(new XavierNormal(1), new Normal(0, 1), 4);
        double[] first = net.layers().get(1).weights().value().data;
        double[] second = net.layers().get(2).weights().value().data;
        assertThat(first).isNotEqualTo(second);
        assertThat(net.layers().get(1).bias().value().data).isNotEqualTo(net.layers().get(2).bias().value().data);
    }
}
