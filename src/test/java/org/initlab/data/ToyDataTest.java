package org.initlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.initlab.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The built-in 2-D sets: their geometry without noise, their labels, and each one rebuilt point for point from
 * its published recipe on the seed's "data" stream (so the same seed gives the same set on every machine).
 */
class ToyDataTest {
    private static final double EXACT = 1e-12;

    @Test
    void circlesWithoutNoiseLieOnRadiusOneForClassZeroAndOneHalfForClassOne() {
        Dataset d = ToyData.circles(200, 0, 3);
        assertThat(d.name()).isEqualTo("circles");
        assertThat(d.classes()).isEqualTo(2);
        assertThat(d.featureCount()).isEqualTo(2);
        boolean[] quadrants = new boolean[4];
        for (int i = 0; i < d.size(); i++) {
            assertThat(d.label(i)).isEqualTo(i % 2);
            double radius = Math.hypot(d.feature(i, 0), d.feature(i, 1));
            assertThat(radius).isCloseTo(i % 2 == 0 ? 1.0 : 0.5, within(EXACT));
            quadrants[quadrant(d, i)] = true;
        }
        assertThat(quadrants).as("angles cover the whole circle").containsOnly(true);
    }

    @Test
    void circlesAreTheRecipeRadiusTimesADirectionPlusGaussianNoise() {
        Dataset d = ToyData.circles(20, 0.3, 11);
        RandomGenerator r = RandomStreams.of(11, "data");
        for (int i = 0; i < d.size(); i++) {
            double radius = i % 2 == 0 ? 1.0 : 0.5;
            double angle = 2 * Math.PI * r.nextDouble();
            assertThat(d.feature(i, 0)).isEqualTo(radius * StrictMath.cos(angle) + 0.3 * r.nextGaussian());
            assertThat(d.feature(i, 1)).isEqualTo(radius * StrictMath.sin(angle) + 0.3 * r.nextGaussian());
        }
    }

    @Test
    void moonsAreScikitLearnsHalfMoonsShiftedToTheOrigin() {
        // make_moons: outer (cos t, sin t), inner (1 − cos t, 1 − sin t − 0.5), t ∈ [0, π]; centre (0.5, 0.25)
        Dataset d = ToyData.moons(30, 0.2, 4);
        assertThat(d.name()).isEqualTo("moons");
        RandomGenerator r = RandomStreams.of(4, "data");
        for (int i = 0; i < d.size(); i++) {
            assertThat(d.label(i)).isEqualTo(i % 2);
            double t = Math.PI * r.nextDouble();
            double x = i % 2 == 0 ? Math.cos(t) : 1 - Math.cos(t);
            double y = i % 2 == 0 ? Math.sin(t) : 1 - Math.sin(t) - 0.5;
            assertThat(d.feature(i, 0)).isCloseTo(x - 0.5 + 0.2 * r.nextGaussian(), within(EXACT));
            assertThat(d.feature(i, 1)).isCloseTo(y - 0.25 + 0.2 * r.nextGaussian(), within(EXACT));
        }
    }

    @Test
    void moonsWithoutNoiseHaveTheUpperMoonForClassZero() {
        Dataset d = ToyData.moons(100, 0, 8);
        for (int i = 0; i < d.size(); i++) {
            double y = d.feature(i, 1) + 0.25;
            if (i % 2 == 0) {
                assertThat(y).isBetween(-EXACT, 1 + EXACT);
            } else {
                assertThat(y).isBetween(-0.5 - EXACT, 0.5 + EXACT);
            }
        }
    }

    @Test
    void spiralArmsStartAtTheOriginAndTurnFourRadiansOverTheirLength() {
        Dataset d = ToyData.spirals(30, 3, 0.1, 2);
        assertThat(d.name()).isEqualTo("spirals");
        assertThat(d.classes()).isEqualTo(3);
        RandomGenerator r = RandomStreams.of(2, "data");
        for (int i = 0; i < d.size(); i++) {
            assertThat(d.label(i)).isEqualTo(i % 3);
            double t = r.nextDouble();
            double angle = 2 * Math.PI * (i % 3) / 3 + 4 * t;
            assertThat(d.feature(i, 0)).isCloseTo(t * Math.cos(angle) + 0.1 * r.nextGaussian(), within(EXACT));
            assertThat(d.feature(i, 1)).isCloseTo(t * Math.sin(angle) + 0.1 * r.nextGaussian(), within(EXACT));
        }
    }

    @Test
    void xorPointsHaveOppositeSignsExactlyForClassOne() {
        Dataset d = ToyData.xor(400, 0, 6);
        assertThat(d.name()).isEqualTo("xor");
        boolean[] quadrants = new boolean[4];
        for (int i = 0; i < d.size(); i++) {
            double a = d.feature(i, 0);
            double b = d.feature(i, 1);
            assertThat(d.label(i)).isEqualTo(i % 2);
            assertThat(a * b < 0).isEqualTo(i % 2 == 1);
            assertThat(Math.abs(a)).isBetween(0.1, 1.0);
            assertThat(Math.abs(b)).isBetween(0.1, 1.0);
            quadrants[quadrant(d, i)] = true;
        }
        assertThat(quadrants).as("all four quadrants are used").containsOnly(true);
    }

    @Test
    void xorIsUniformMagnitudesWithRandomSignsPlusNoise() {
        Dataset d = ToyData.xor(20, 0.25, 9);
        RandomGenerator r = RandomStreams.of(9, "data");
        for (int i = 0; i < d.size(); i++) {
            double a = 0.1 + 0.9 * r.nextDouble();
            double b = 0.1 + 0.9 * r.nextDouble();
            double signA = r.nextBoolean() ? 1 : -1;
            double signB = i % 2 == 1 ? -signA : signA;
            assertThat(d.feature(i, 0)).isEqualTo(signA * a + 0.25 * r.nextGaussian());
            assertThat(d.feature(i, 1)).isEqualTo(signB * b + 0.25 * r.nextGaussian());
        }
    }

    @Test
    void blobsSitOnTheUnitCircleEvenlySpacedWithGaussianSpread() {
        Dataset clean = ToyData.blobs(8, 4, 0, 1);
        assertThat(clean.name()).isEqualTo("blobs");
        assertThat(clean.classes()).isEqualTo(4);
        double[][] centres = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        for (int i = 0; i < clean.size(); i++) {
            assertThat(clean.label(i)).isEqualTo(i % 4);
            assertThat(clean.feature(i, 0)).isCloseTo(centres[i % 4][0], within(EXACT));
            assertThat(clean.feature(i, 1)).isCloseTo(centres[i % 4][1], within(EXACT));
        }
        Dataset noisy = ToyData.blobs(9, 3, 0.5, 1);
        RandomGenerator r = RandomStreams.of(1, "data");
        for (int i = 0; i < noisy.size(); i++) {
            double angle = 2 * Math.PI * (i % 3) / 3;
            assertThat(noisy.feature(i, 0)).isCloseTo(Math.cos(angle) + 0.5 * r.nextGaussian(), within(EXACT));
            assertThat(noisy.feature(i, 1)).isCloseTo(Math.sin(angle) + 0.5 * r.nextGaussian(), within(EXACT));
        }
    }

    @Test
    void gaussianInputsAreTheStreamsStandardNormalsAllLabelledZero() {
        Dataset d = ToyData.gaussian(4, 3, 5);
        assertThat(d.name()).isEqualTo("gaussian");
        assertThat(d.size()).isEqualTo(4);
        assertThat(d.featureCount()).isEqualTo(3);
        assertThat(d.classes()).isEqualTo(1);
        RandomGenerator r = RandomStreams.of(5, "data");
        for (int i = 0; i < 4; i++) {
            assertThat(d.label(i)).isZero();
            for (int j = 0; j < 3; j++) {
                assertThat(d.feature(i, j)).isEqualTo(r.nextGaussian());
            }
        }
        assertThat(ToyData.gaussian(1, 1, 5).size()).isEqualTo(1);
    }

    @Test
    void badSizesNoisesArmsAndClassesAreNamedInTheMessage() {
        assertThatThrownBy(() -> ToyData.circles(0, 0.1, 1)).hasMessage("circles: size must be positive, got 0");
        assertThatThrownBy(() -> ToyData.moons(-3, 0.1, 1)).hasMessage("moons: size must be positive, got -3");
        assertThatThrownBy(() -> ToyData.xor(10, -0.1, 1)).hasMessage("xor: noise must be a number ≥ 0, got -0.1");
        assertThatThrownBy(() -> ToyData.xor(10, Double.NaN, 1)).hasMessage("xor: noise must be a number ≥ 0, got NaN");
        assertThatThrownBy(() -> ToyData.circles(10, Double.POSITIVE_INFINITY, 1))
                .hasMessage("circles: noise must be a number ≥ 0, got Infinity");
        assertThatThrownBy(() -> ToyData.spirals(10, 1, 0.1, 1)).hasMessage("spirals: arms must be at least 2, got 1");
        assertThatThrownBy(() -> ToyData.spirals(0, 3, 0.1, 1)).hasMessage("spirals: size must be positive, got 0");
        assertThatThrownBy(() -> ToyData.blobs(10, 1, 0.1, 1)).hasMessage("blobs: classes must be at least 2, got 1");
        assertThatThrownBy(() -> ToyData.blobs(0, 2, 0.1, 1)).hasMessage("blobs: size must be positive, got 0");
        assertThatThrownBy(() -> ToyData.gaussian(0, 2, 1)).hasMessage("gaussian: size must be positive, got 0");
        assertThatThrownBy(() -> ToyData.gaussian(3, 0, 1)).hasMessage("gaussian: dimensions must be positive, got 0");
        assertThat(ToyData.spirals(2, 2, 0, 1).classes()).isEqualTo(2);
        assertThat(ToyData.blobs(2, 2, 0, 1).classes()).isEqualTo(2);
    }

    @Test
    void datasetsByNameGivesSpiralsAndBlobsThreeClassesAndSuggestsNamesForTypos() {
        assertThat(Datasets.byName(" Circles ", 10, 0, 1).name()).isEqualTo("circles");
        assertThat(Datasets.byName("moons", 10, 0, 1).name()).isEqualTo("moons");
        assertThat(Datasets.byName("spirals", 10, 0, 1).classes()).isEqualTo(3);
        assertThat(Datasets.byName("xor", 10, 0, 1).name()).isEqualTo("xor");
        assertThat(Datasets.byName("blobs", 10, 0, 1).classes()).isEqualTo(3);
        assertThatThrownBy(() -> Datasets.byName("moon", 10, 0, 1))
                .hasMessage("unknown dataset 'moon' (did you mean 'moons'?); built in: circles, moons, spirals, xor, "
                        + "blobs");
    }

    private static int quadrant(Dataset d, int i) {
        return (d.feature(i, 0) >= 0 ? 0 : 1) + (d.feature(i, 1) >= 0 ? 0 : 2);
    }
}
