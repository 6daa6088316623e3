package org.initlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each initializer hint rule from the numbers alone: the mistake's ratio just inside and just outside 10 %. */
class InitializerHintsValuesTest {
    private static final int[][] SHAPES = {{256, 128}, {64, 64}, {32, 512}};
    private static final double[] EXPECTED = {2.0 / 256, 2.0 / 64, 2.0 / 32};

    private static String variance(double... ratios) {
        double[] measured = new double[ratios.length];
        for (int k = 0; k < ratios.length; k++) {
            measured[k] = ratios[k] * EXPECTED[k];
        }
        return InitializerHints.variance(SHAPES, measured, EXPECTED);
    }

    @Test
    void determinismNamesZeroThenAFreshGeneratorThenAConstantSeed() {
        assertThat(InitializerHints.determinism(false, true)).isEqualTo(InitializerHints.INTEGER_DIVISION);
        assertThat(InitializerHints.determinism(false, false)).startsWith("draw every number from the random");
        assertThat(InitializerHints.determinism(true, false)).startsWith("the weights do not depend on the random");
    }

    @Test
    void duplicatesNamesZeroThenColumnsThenRows() {
        assertThat(InitializerHints.duplicates(true, true, true)).isEqualTo(InitializerHints.INTEGER_DIVISION);
        assertThat(InitializerHints.duplicates(true, true, false)).startsWith("two units get the same incoming");
        assertThat(InitializerHints.duplicates(false, true, false)).startsWith("two units get the same incoming");
        assertThat(InitializerHints.duplicates(true, false, false))
                .startsWith("every input gets the same outgoing");
    }

    @Test
    void anOffCenterMeanIsNamedOnlyBeyond03StandardDeviationsAndForAZeroMeanReference() {
        assertThat(InitializerHints.mean(0.31, 0)).isEqualTo("the weights are not centered on 0 (off by 0.31 "
                + "standard deviations): nextDouble() is in [0, 1) — a uniform on (−b, b) is b·(2·nextDouble() − 1)");
        assertThat(InitializerHints.mean(0.3, 0)).isEmpty();
        assertThat(InitializerHints.mean(0.2, 0)).isEmpty();
        assertThat(InitializerHints.mean(5, 0.5)).isEmpty();
    }

    @Test
    void allZeroVarianceIsAnIntegerDivision() {
        assertThat(variance(0, 0, 0)).isEqualTo(InitializerHints.INTEGER_DIVISION);
        assertThat(variance(0, 1.5, 0)).isNotEqualTo(InitializerHints.INTEGER_DIVISION);
    }

    @Test
    void theStdSetToTheVarianceIsTheMissingSquareRoot() {
        double[] measured = new double[3];
        for (int k = 0; k < 3; k++) {
            measured[k] = EXPECTED[k] * EXPECTED[k];
        }
        assertThat(InitializerHints.variance(SHAPES, measured, EXPECTED)).startsWith("the weights' std equals the "
                + "expected variance: the square root is missing");
        // √measured 9 % above the expected variance is still that mistake; 11 % is not
        measured[1] = Math.pow(EXPECTED[1] * 1.09, 2);
        assertThat(InitializerHints.variance(SHAPES, measured, EXPECTED)).startsWith("the weights' std equals");
        measured[1] = Math.pow(EXPECTED[1] * 1.11, 2);
        assertThat(InitializerHints.variance(SHAPES, measured, EXPECTED)).doesNotStartWith("the weights' std");
    }

    @Test
    void aRatioOfFanInOverFanOutMeansFanOutWasUsed() {
        assertThat(variance(2, 1, 1.0 / 16))
                .startsWith("the variance follows 1/fanOut where it should follow 1/fanIn");
        assertThat(variance(2, 1.09, 1.0 / 16)).startsWith("the variance follows 1/fanOut");
        assertThat(variance(2, 1.11, 1.0 / 16)).isEmpty();
    }

    @Test
    void aRatioOfFanOutOverFanInMeansFanInWasUsed() {
        assertThat(variance(0.5, 1, 16)).startsWith("the variance follows 1/fanIn where it should follow 1/fanOut");
        assertThat(variance(0.5, 0.91, 16)).startsWith("the variance follows 1/fanIn");
        assertThat(variance(0.5, 0.89, 16)).isEmpty();
    }

    @Test
    void constantFactorsAreNamed() {
        assertThat(variance(1.0 / 3, 1.0 / 3, 1.0 / 3)).startsWith("a third of the variance on every shape");
        assertThat(variance(3, 3, 3)).startsWith("three times the variance on every shape");
        assertThat(variance(3.2, 3.2, 3.2)).startsWith("three times the variance");
        assertThat(variance(3.4, 3.4, 3.4)).isEqualTo("the same factor 3.40 on every shape: the fans are right, "
                + "a constant is wrong (the gain, or the 2 of He's 2/fanIn?)");
        assertThat(variance(0.5, 0.5, 0.5)).startsWith("the same factor 0.500 on every shape");
        assertThat(variance(0.5, 0.54, 0.46)).startsWith("the same factor 0.500 on every shape");
        assertThat(variance(0.5, 0.56, 0.5)).isEmpty();
        assertThat(variance(1.0 / 3, 1.0 / 3, 0.5)).isEmpty();
        assertThat(variance(3, 3, 2)).isEmpty();
    }

    @Test
    void kurtosisNamesAUniformForANormalAndTheOtherWayRound() {
        assertThat(InitializerHints.shape(1.8, 3)).isEqualTo("kurtosis 1.80 where a normal has 3.0 and a uniform "
                + "1.8: you drew a uniform (nextDouble) where a normal was asked for — use nextGaussian()");
        assertThat(InitializerHints.shape(1.9, 3.2)).startsWith("kurtosis 1.90 where a normal has 3.0");
        assertThat(InitializerHints.shape(1.7, 2.8)).startsWith("kurtosis 1.70 where a normal has 3.0");
        assertThat(InitializerHints.shape(2.0, 3)).isEmpty();
        assertThat(InitializerHints.shape(1.8, 3.4)).isEmpty();
        assertThat(InitializerHints.shape(3, 1.8)).isEqualTo("kurtosis 3.00 where a uniform has 1.8 and a normal "
                + "3.0: you drew a normal (nextGaussian) where a uniform was asked for — use b·(2·nextDouble() − 1)");
        assertThat(InitializerHints.shape(3.2, 1.9)).startsWith("kurtosis 3.20 where a uniform has 1.8");
        assertThat(InitializerHints.shape(2.8, 1.7)).startsWith("kurtosis 2.80 where a uniform has 1.8");
        assertThat(InitializerHints.shape(3.4, 1.8)).isEmpty();
        assertThat(InitializerHints.shape(3, 2)).isEmpty();
    }

    @Test
    void aRightKindOfDistributionPointsAtTheVariance() {
        assertThat(InitializerHints.shape(3.1, 3)).isEqualTo("the kind of distribution is right (kurtosis 3.10, "
                + "the reference's 3.00); the test compares whole distributions, so a wrong spread fails it too: "
                + "fix the variance first");
        assertThat(InitializerHints.shape(2.8, 3)).startsWith("the kind of distribution is right");
        assertThat(InitializerHints.shape(3.2, 3)).startsWith("the kind of distribution is right");
        assertThat(InitializerHints.shape(3.4, 3)).isEmpty();
        assertThat(InitializerHints.shape(2.6, 3)).isEmpty();
        assertThat(InitializerHints.shape(Double.NaN, Double.NaN)).isEmpty();
    }

    @Test
    void allZeroLooksAtEveryEntry() {
        assertThat(InitializerHints.allZero(new double[] {0, 0, -0.0})).isTrue();
        assertThat(InitializerHints.allZero(new double[] {0, 0, 1e-300})).isFalse();
        assertThat(InitializerHints.allZero(new double[0])).isTrue();
    }
}
