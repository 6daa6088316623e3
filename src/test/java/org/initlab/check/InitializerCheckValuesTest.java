package org.initlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.initlab.init.Initializer;
import org.initlab.init.Initializers;
import org.junit.jupiter.api.Test;

/** The initializer criteria on both sides of each threshold, with the messages a student reads. */
class InitializerCheckValuesTest {
    private static final Initializer HE = Initializers.byName("he-normal");
    private static final Initializer HE_UNIFORM = Initializers.byName("he-uniform");
    private static final Initializer ZEROS = Initializers.byName("zeros");

    private static Outcome criterion(Initializer student, Initializer reference, int k) {
        return InitializerCheck.steps(reference).get(k).test().apply(student);
    }

    @Test
    void anEarlyStopIsFoundAtItsFirstMissingEntryWithRowAndColumn() {
        Initializer oneRowAndTwo = (w, fanIn, fanOut, r) -> {
            for (int i = 0; i < fanOut + 2; i++) {
                w[i] = r.nextGaussian();
            }
        };
        Outcome c = criterion(oneRowAndTwo, HE, 0);
        assertThat(c.passed()).isFalse();
        assertThat(c.detail())
                .isEqualTo("entry 130 (row 1, column 2) of a 256×128 matrix is NaN (never written, or 0/0)");
        assertThat(c.hint()).startsWith("the loop stops early: it must write all fanIn·fanOut entries");
    }

    @Test
    void aMissingFirstEntryOrAnInfinityIsNotCalledAnEarlyStop() {
        Initializer skipsFirst = (w, fanIn, fanOut, r) -> {
            for (int i = 1; i < w.length; i++) {
                w[i] = r.nextGaussian();
            }
        };
        Outcome c = criterion(skipsFirst, HE, 0);
        assertThat(c.detail())
                .isEqualTo("entry 0 (row 0, column 0) of a 256×128 matrix is NaN (never written, or 0/0)");
        assertThat(c.hint()).isEmpty();
        Initializer infinite = (w, fanIn, fanOut, r) -> {
            for (int i = 0; i < w.length; i++) {
                w[i] = fanIn == 100 && i == 301 ? Double.POSITIVE_INFINITY : r.nextGaussian();
            }
        };
        Outcome inf = criterion(infinite, HE, 0);
        assertThat(inf.detail()).isEqualTo("entry 301 (row 1, column 1) of a 100×300 matrix is Infinity");
        assertThat(inf.hint()).isEmpty();
    }

    @Test
    void everyEntryWrittenPasses() {
        Outcome c = criterion(HE, HE, 0);
        assertThat(c.passed()).isTrue();
        assertThat(c.detail()).isEqualTo("every entry of 3 shapes is written and finite");
    }

    @Test
    void differCountsPlusAndMinusZeroAndTwoNansAsEqual() {
        assertThat(InitializerCheck.differ(new double[] {0.0, Double.NaN}, new double[] {-0.0, Double.NaN})).isFalse();
        assertThat(InitializerCheck.differ(new double[] {1, Double.NaN}, new double[] {1, 2})).isTrue();
        assertThat(InitializerCheck.differ(new double[] {1, 2}, new double[] {1, Double.NaN})).isTrue();
        assertThat(InitializerCheck.differ(new double[] {1, 2}, new double[] {1, 3})).isTrue();
    }

    @Test
    void aConstantReferenceAllowsTheSameWeightsForEverySeed() {
        Outcome c = criterion(ZEROS, ZEROS, 1);
        assertThat(c.passed()).isTrue();
        assertThat(c.detail()).isEqualTo(
                "same seed → same weights; other seed → the SAME weights (the reference draws no random numbers)");
        Outcome he = criterion(ZEROS, HE, 1);
        assertThat(he.passed()).isFalse();
        assertThat(he.detail()).isEqualTo("same seed → same weights; other seed → the SAME weights");
        assertThat(he.hint()).isEqualTo(InitializerHints.INTEGER_DIVISION);
    }

    @Test
    void identicalRowsOrColumnsAreNamedWithTheirIndices() {
        Initializer perColumn = (w, fanIn, fanOut, r) -> {
            double[] g = r.doubles(fanOut).toArray();
            for (int i = 0; i < w.length; i++) {
                w[i] = g[i % fanOut];
            }
        };
        Outcome rows = criterion(perColumn, HE, 2);
        assertThat(rows.detail()).isEqualTo("rows 0 and 1 are identical");
        assertThat(rows.hint()).startsWith("every input gets the same outgoing weights");
        Initializer perRow = (w, fanIn, fanOut, r) -> {
            double[] g = r.doubles(fanIn).toArray();
            for (int i = 0; i < w.length; i++) {
                w[i] = g[i / fanOut];
            }
        };
        Outcome cols = criterion(perRow, HE, 2);
        assertThat(cols.detail()).isEqualTo("columns (units) 0 and 1 are identical");
        assertThat(cols.hint()).startsWith("two units get the same incoming weights");
        Outcome both = criterion((w, fanIn, fanOut, r) -> { }, HE, 2);
        assertThat(both.detail()).isEqualTo("rows 0 and 1 are identical; columns (units) 0 and 1 are identical");
        assertThat(both.hint()).isEqualTo(InitializerHints.INTEGER_DIVISION);
        assertThat(criterion(HE, HE, 2).detail())
                .isEqualTo("all 256 rows and all 128 columns of a 256×128 matrix differ");
        assertThat(criterion(ZEROS, ZEROS, 2).detail())
                .isEqualTo("the reference repeats rows or columns itself: nothing to check");
    }

    /** He-normal draws moved so that their mean is exactly {@code z} standard errors (of the sample) from 0. */
    private static Initializer meanAt(double z) {
        return (w, fanIn, fanOut, r) -> {
            HE.fill(w, fanIn, fanOut, r);
            double[] m = InitializerCheck.moments(w);
            for (int i = 0; i < w.length; i++) {
                w[i] += -m[0] + z * Math.sqrt(m[1] / w.length);
            }
        };
    }

    @Test
    void theMeanMayBeOffBy49StandardErrorsButNot51() {
        Outcome inside = criterion(meanAt(4.9), HE, 3);
        assertThat(inside.passed()).isTrue();
        assertThat(inside.detail())
                .isEqualTo("within 5 standard errors of the reference's mean for every shape and seed");
        Outcome outside = criterion(meanAt(5.1), HE, 3);
        assertThat(outside.passed()).isFalse();
        assertThat(outside.detail().split("; ")).hasSize(9);
        assertThat(outside.detail()).startsWith("256×128 seed 1: mean ");
        assertThat(outside.hint()).isEmpty();
    }

    @Test
    void constantWeightsMayBeOffTheReferenceMeanBy1e12() {
        Initializer tiny = (w, fanIn, fanOut, r) -> Arrays.fill(w, 0.9e-12);
        assertThat(criterion(tiny, ZEROS, 3).passed()).isTrue();
        Initializer small = (w, fanIn, fanOut, r) -> Arrays.fill(w, 1.1e-12);
        Outcome c = criterion(small, ZEROS, 3);
        assertThat(c.passed()).isFalse();
        assertThat(c.detail()).startsWith("256×128 seed 1: mean 1.100e-12, expected 0.000 ± 1.0e-12");
    }

    @Test
    void againstAllZeroReferenceTheVarianceRatioIsOneOrInfinity() {
        Outcome same = criterion(ZEROS, ZEROS, 4);
        assertThat(same.passed()).isTrue();
        assertThat(same.detail()).isEqualTo("sample/reference variance 256×128: 1.000, 100×300: 1.000, 64×64: 1.000");
        Outcome noisy = criterion(HE, ZEROS, 4);
        assertThat(noisy.passed()).isFalse();
        assertThat(noisy.detail()).startsWith("256×128: variance ").contains(", expected 0.000 (ratio Infinity)");
    }

    @Test
    void weightsBeyondTheUniformBoundFailEveryShape() {
        Initializer wide = (w, fanIn, fanOut, r) -> {
            HE_UNIFORM.fill(w, fanIn, fanOut, r);
            for (int i = 0; i < w.length; i++) {
                w[i] *= 1.01;
            }
        };
        Outcome c = criterion(wide, HE_UNIFORM, 5);
        assertThat(c.passed()).isFalse();
        assertThat(c.detail().split("; ")).hasSize(3);
        assertThat(c.detail()).startsWith("256×128: |w − mean| reaches ")
                .contains(String.format(Locale.ROOT, "bound %.4g", HE_UNIFORM.bound(256, 128)));
        assertThat(c.hint()).isEqualTo("the bound of a uniform U(−b, b) with variance v is b = √(3v)");
        Initializer barely = (w, fanIn, fanOut, r) -> {
            HE_UNIFORM.fill(w, fanIn, fanOut, r);
            w[0] = HE_UNIFORM.bound(fanIn, fanOut) * (1 + 1e-10);
        };
        Outcome ok = criterion(barely, HE_UNIFORM, 5);
        assertThat(ok.passed()).isTrue();
        assertThat(ok.detail()).isEqualTo("every weight within the reference's bound");
        assertThat(criterion(HE, HE, 5).detail()).isEqualTo("the reference is unbounded: nothing to check");
    }

    @Test
    void againstAConstantReferenceTheShapeIsEqualityPerShape() {
        Outcome same = criterion(ZEROS, ZEROS, 6);
        assertThat(same.passed()).isTrue();
        assertThat(same.detail()).isEqualTo("two-sample Kolmogorov–Smirnov, p ≥ 0.001: 256×128: identical to the "
                + "reference; 100×300: identical to the reference; 64×64: identical to the reference");
        Initializer squareOnly = (w, fanIn, fanOut, r) -> w[0] = fanIn == 64 ? 1 : 0;
        Outcome c = criterion(squareOnly, ZEROS, 6);
        assertThat(c.passed()).isFalse();
        assertThat(c.detail()).endsWith("100×300: identical to the reference; 64×64: differs from the reference");
    }

    @Test
    void theShapeTestReportsTheKolmogorovSmirnovStatisticAndItsPValue() {
        Outcome c = criterion(HE, HE, 6);
        assertThat(c.passed()).isTrue();
        double[] a = InitializerCheck.draw(HE, 256, 128, 1);
        double[] b = InitializerCheck.draw(HE, 256, 128, 1001);
        double d = KolmogorovSmirnovTest.withDefaults().statistic(a, b);
        double p = InitializerCheck.kolmogorovTail(Math.sqrt(a.length / 2.0) * d);
        assertThat(c.detail()).startsWith(String.format(Locale.ROOT,
                "two-sample Kolmogorov–Smirnov, p ≥ 0.001: 256×128: D = %.4f, p = %.3g; 100×300: D = ", d, p));
        Outcome uniform = criterion(HE_UNIFORM, HE, 6);
        assertThat(uniform.passed()).isFalse();
        assertThat(uniform.hint()).startsWith("kurtosis 1.80 where a normal has 3.0");
    }

    @Test
    void theKolmogorovTailHasItsKnownValues() {
        assertThat(InitializerCheck.kolmogorovTail(0.1)).isEqualTo(1);
        assertThat(InitializerCheck.kolmogorovTail(0.5)).isCloseTo(0.963945, offset(1e-6));
        assertThat(InitializerCheck.kolmogorovTail(1)).isCloseTo(0.2699997, offset(1e-6));
        assertThat(InitializerCheck.kolmogorovTail(1.36)).isCloseTo(0.0494, offset(1e-4));
        assertThat(InitializerCheck.kolmogorovTail(3)).isCloseTo(2 * Math.exp(-18), offset(1e-12));
    }

    @Test
    void momentsAreMeanVarianceAndFourthCentralMoment() {
        assertThat(InitializerCheck.moments(new double[] {1, 3})).containsExactly(2, 1, 1);
        assertThat(InitializerCheck.moments(new double[] {0, 0, 3})).containsExactly(1, 2, 6);
        assertThat(InitializerCheck.kurtosis(new double[] {0, 0, 3})).isEqualTo(1.5);
        assertThat(InitializerCheck.kurtosis(new double[] {2, 2})).isNaN();
    }

    @Test
    void allCriteriaRunInOrder() {
        List<Criterion> r = InitializerCheck.check(HE, HE);
        assertThat(r).extracting(Criterion::name).isEqualTo(InitializerCheck.CRITERIA);
        assertThat(r).allMatch(Criterion::passed);
    }
}
