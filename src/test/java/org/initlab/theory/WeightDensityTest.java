package org.initlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.initlab.init.FanMode;
import org.initlab.init.Normal;
import org.initlab.init.Sparse;
import org.initlab.init.TruncatedNormal;
import org.initlab.init.Uniform;
import org.initlab.init.VarianceScaling;
import org.initlab.init.WeightDistribution;
import org.junit.jupiter.api.Test;

/** Densities at points computed by hand: inside, on and just outside each support, and scaled by the kept mass. */
class WeightDensityTest {
    private static final double ROOT_2PI = Math.sqrt(2 * Math.PI);

    @Test
    void uniformIsFlatOnItsIntervalAroundItsOwnMeanAndZeroOutside() {
        DoubleUnaryOperator f = WeightDensity.of(new Uniform(1, 3), 4, 4);
        assertThat(f.applyAsDouble(1.2)).isEqualTo(0.5);
        assertThat(f.applyAsDouble(1.0)).isEqualTo(0.5);
        assertThat(f.applyAsDouble(3.0)).isEqualTo(0.5);
        assertThat(f.applyAsDouble(0.9)).isZero();
        assertThat(f.applyAsDouble(3.1)).isZero();
        // He-uniform as variance scaling: U(±√(6/fanIn)), height √fanIn/(2√6)
        VarianceScaling heUniform = new VarianceScaling(2, FanMode.FAN_IN, WeightDistribution.UNIFORM);
        DoubleUnaryOperator he = WeightDensity.of(heUniform, 24, 5);
        assertThat(he.applyAsDouble(0.49)).isCloseTo(1 / (2 * 0.5), within(1e-12));
        assertThat(he.applyAsDouble(0.51)).isZero();
    }

    @Test
    void normalIsTheGaussianOfTheSchemesMeanAndStd() {
        DoubleUnaryOperator f = WeightDensity.of(new Normal(1, 2), 4, 4);
        assertThat(f.applyAsDouble(1)).isCloseTo(1 / (2 * ROOT_2PI), within(1e-15));
        assertThat(f.applyAsDouble(3)).isCloseTo(Math.exp(-0.5) / (2 * ROOT_2PI), within(1e-15));
        assertThat(WeightDensity.of(new Normal(1, 0), 4, 4)).as("a point mass has no density").isNull();
    }

    @Test
    void truncatedNormalIsRenormalizedInsideTheCutAndZeroBeyond() {
        double mass = 0.9544997361036416; // P(|z| ≤ 2)
        DoubleUnaryOperator f = WeightDensity.of(new TruncatedNormal(1, 0.5, 2), 4, 4);
        assertThat(f.applyAsDouble(1)).isCloseTo(1 / (0.5 * ROOT_2PI) / mass, within(1e-12));
        assertThat(f.applyAsDouble(1.99)).isGreaterThan(0);
        assertThat(f.applyAsDouble(2.01)).isZero();
        assertThat(f.applyAsDouble(-0.01)).isZero();
        // variance scaling's truncated normal: std 1/√fanIn after cutting at 2 of the pre-cut σ
        DoubleUnaryOperator vs = WeightDensity.of(
                new VarianceScaling(1, FanMode.FAN_IN, WeightDistribution.TRUNCATED_NORMAL), 25, 5);
        double sigma = 0.2 / TruncatedNormal.stdFactor(2);
        assertThat(vs.applyAsDouble(0)).isCloseTo(1 / (sigma * ROOT_2PI) / mass, within(1e-12));
        assertThat(vs.applyAsDouble(2 * sigma + 1e-6)).isZero();
    }

    @Test
    void sparseCarriesOnlyTheMassOfItsNonZeroWeights() {
        // fanIn 4, half the weights zero: the continuous part is half a N(0, 0.1²)
        DoubleUnaryOperator f = WeightDensity.of(new Sparse(0.5, 0.1), 4, 3);
        assertThat(f.applyAsDouble(0)).isCloseTo(0.5 / (0.1 * ROOT_2PI), within(1e-12));
        assertThat(f.applyAsDouble(0.1)).isCloseTo(0.5 * Math.exp(-0.5) / (0.1 * ROOT_2PI), within(1e-12));
    }
}
