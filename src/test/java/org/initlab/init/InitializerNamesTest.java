package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Names, descriptions and the small types around initializers, as a student reads them in reports. */
class InitializerNamesTest {
    @Test
    void everyBuiltInKnowsItsOwnNameAndDescribesItsFormula() {
        for (String name : Initializers.names()) {
            Initializer init = Initializers.byName(name);
            assertThat(init.name()).isEqualTo(name);
            assertThat(init.describe()).as(name).isNotBlank().isNotEqualTo(name);
        }
        assertThat(Initializers.byName("variance-scaling:scale=2,mode=fan-avg,distribution=uniform").describe())
                .isEqualTo("uniform with variance 2/fan-avg");
        assertThat(Initializers.byName("normal:std=0.5").describe()).contains("0.5");
    }

    @Test
    void aStudentsClassGetsHonestDefaults() {
        Initializer own = (w, fanIn, fanOut, random) -> { };
        assertThat(own.name()).isEqualTo(own.getClass().getName());
        assertThat(own.describe()).isEqualTo(own.name());
        assertThat(own.expectedMean(3, 4)).isNaN();
        assertThat(own.expectedStd(3, 4)).isNaN();
        assertThat(own.bound(3, 4)).isInfinite();
    }

    @Test
    void varianceScalingKeepsItsSettingsAndFormatsNumbersShortly() {
        VarianceScaling vs = new VarianceScaling(2, FanMode.FAN_AVG, WeightDistribution.NORMAL);
        assertThat(vs.scale()).isEqualTo(2);
        assertThat(vs.mode()).isEqualTo(FanMode.FAN_AVG);
        assertThat(vs.distribution()).isEqualTo(WeightDistribution.NORMAL);
        assertThat(vs.expectedStd(100, 300)).isCloseTo(Math.sqrt(2.0 / 200), within(1e-15));
        assertThat(new VarianceScaling(3, FanMode.FAN_IN, WeightDistribution.UNIFORM).bound(12, 5))
                .isCloseTo(Math.sqrt(3 * 3.0 / 12), within(1e-15));
        assertThat(VarianceScaling.format(2)).isEqualTo("2");
        assertThat(VarianceScaling.format(0.01)).isEqualTo("0.01");
        assertThat(VarianceScaling.format(5.0 / 3)).isEqualTo("1.667");
        assertThat(VarianceScaling.format(-0.5)).isEqualTo("-0.5");
        assertThat(VarianceScaling.format(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(VarianceScaling.format(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void modesAndDistributionsReadAndPrintTheirLabels() {
        assertThat(FanMode.parse("fan_out")).isEqualTo(FanMode.FAN_OUT);
        assertThat(FanMode.parse("FANIN")).isEqualTo(FanMode.FAN_IN);
        assertThat(FanMode.FAN_AVG.toString()).isEqualTo("fan-avg");
        assertThat(FanMode.FAN_AVG.label()).isEqualTo("fan-avg");
        assertThat(FanMode.FAN_AVG.fan(3, 6)).isEqualTo(4.5);
        assertThat(WeightDistribution.parse("Truncated_Normal")).isEqualTo(WeightDistribution.TRUNCATED_NORMAL);
        assertThat(WeightDistribution.UNIFORM.toString()).isEqualTo("uniform");
        assertThat(WeightDistribution.NORMAL.label()).isEqualTo("normal");
        Assertions.assertThatThrownBy(() -> WeightDistribution.parse("gamma"))
                .hasMessage("unknown distribution 'gamma'; known: uniform, normal, truncated-normal");
    }

    @Test
    void parameterAccessorsReturnWhatWasGiven() {
        Sparse sparse = new Sparse(0.25, 0.5);
        assertThat(sparse.zeroFraction(10)).isEqualTo(0.3); // ⌈0.25·10⌉ = 3 zeros of 10
        assertThat(sparse.std()).isEqualTo(0.5);
        assertThat(new Constant(0.75).value()).isEqualTo(0.75);
        double[] w = new double[6];
        new Constant(0.75).fill(w, 2, 3, new SplittableRandom(1));
        assertThat(w).containsOnly(0.75);
    }

    @Test
    void zeroIsTheEdgeOfEveryRange() {
        assertThat(new Normal(0, 0).expectedStd(3, 4)).as("std 0 is allowed").isZero();
        assertThat(new Sparse(0.5, 0).std()).isZero();
        Assertions.assertThatThrownBy(() -> new Normal(0, -1e-300))
                .hasMessage("normal: std must be a number ≥ 0, got -1.0E-300");
        Assertions.assertThatThrownBy(() -> new Orthogonal(0))
                .hasMessage("orthogonal: gain must be a number > 0, got 0.0");
        Assertions.assertThatThrownBy(() -> new TruncatedNormal(0, 1, 0))
                .hasMessage("truncated-normal: cut must be a number > 0, got 0.0");
        Assertions.assertThatThrownBy(() -> new Lsuv(0, 3)).hasMessage("lsuv: tolerance must be a number > 0, got 0.0");
        assertThat(new Orthogonal(Double.MIN_VALUE).name()).isEqualTo("orthogonal");
    }

    @Test
    void orthogonalIsSignCorrectedSoEachColumnPointsAlongItsGaussianColumn() {
        // Q·diag(sign R) with R's diagonal made positive: column j of W has a positive dot product with column j of G
        for (int[] shape : new int[][] {{6, 4}, {5, 5}}) {
            int fanIn = shape[0];
            int fanOut = shape[1];
            double[] w = new double[fanIn * fanOut];
            new Orthogonal(1).fill(w, fanIn, fanOut, new SplittableRandom(11));
            SplittableRandom same = new SplittableRandom(11);
            double[] g = new double[fanIn * fanOut]; // tall × narrow, row-major, drawn in the same order
            for (int i = 0; i < g.length; i++) {
                g[i] = same.nextGaussian();
            }
            for (int j = 0; j < fanOut; j++) {
                double dot = 0;
                for (int i = 0; i < fanIn; i++) {
                    dot += w[i * fanOut + j] * g[i * fanOut + j];
                }
                assertThat(dot).as(fanIn + "×" + fanOut + " column " + j).isPositive();
            }
        }
    }
}
