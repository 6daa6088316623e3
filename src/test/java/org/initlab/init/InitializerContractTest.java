package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One contract that every built-in initializer passes, on ~10⁵ draws with fixed seeds. */
class InitializerContractTest {
    private static final int FAN_IN = 400;
    private static final int FAN_OUT = 250;
    private static final Set<String> DETERMINISTIC = Set.of("zeros", "ones", "constant", "identity", "prior");

    static Stream<Arguments> specs() {
        return Stream.of("zeros", "ones", "constant:value=0.5", "uniform:low=-0.3,high=0.1", "normal:mean=0.2,std=0.01",
                "truncated-normal:std=0.5", "xavier-uniform", "xavier-normal:gain=tanh", "he-uniform",
                "he-normal:mode=fan-out,slope=0.2", "lecun-uniform", "lecun-normal", "variance-scaling",
                "variance-scaling:scale=2,mode=fan-avg,distribution=uniform", "orthogonal:gain=2", "identity:gain=3",
                "sparse:fraction=0.8,std=0.1", "lsuv", "legacy-default", "pytorch-bias",
                "prior:p=0.1").map(Arguments::of);
    }

    private static double[] draw(Initializer init, long seed, int extra) {
        double[] w = new double[FAN_IN * FAN_OUT + extra];
        Arrays.fill(w, Double.NaN);
        init.fill(w, FAN_IN, FAN_OUT, new SplittableRandom(seed));
        return w;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void writesExactlyItsMatrixAndNothingElse(String spec) {
        double[] w = draw(Initializers.byName(spec), 1, 7);
        for (int i = 0; i < FAN_IN * FAN_OUT; i++) {
            assertThat(w[i]).as("entry %d", i).isFinite();
        }
        for (int i = FAN_IN * FAN_OUT; i < w.length; i++) {
            assertThat(w[i]).as("past the matrix").isNaN();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void sameSeedSameWeightsAndOtherSeedOtherWeights(String spec) {
        Initializer init = Initializers.byName(spec);
        assertThat(draw(init, 5, 0)).isEqualTo(draw(init, 5, 0));
        if (!DETERMINISTIC.contains(init.name())) {
            assertThat(draw(init, 5, 0)).isNotEqualTo(draw(init, 6, 0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void meanStdAndBoundsMatchTheFormula(String spec) {
        Initializer init = Initializers.byName(spec);
        double[] w = draw(init, 11, 0);
        int n = w.length;
        double mean = Arrays.stream(w).average().orElseThrow();
        double m2 = Arrays.stream(w).map(v -> (v - mean) * (v - mean)).sum() / n;
        double m4 = Arrays.stream(w).map(v -> Math.pow(v - mean, 4)).sum() / n;
        double expectedMean = init.expectedMean(FAN_IN, FAN_OUT);
        double expectedStd = init.expectedStd(FAN_IN, FAN_OUT);
        // five standard errors of the sample mean and of the sample variance (from the sample's fourth moment)
        assertThat(mean).isCloseTo(expectedMean, Offset.offset(5 * expectedStd / Math.sqrt(n) + 1e-12));
        double varianceError = 5 * Math.sqrt(Math.max(m4 - m2 * m2, 0) / n) + 1e-15;
        assertThat(m2).isCloseTo(expectedStd * expectedStd, Offset.offset(varianceError));
        double bound = init.bound(FAN_IN, FAN_OUT);
        for (double v : w) {
            assertThat(Math.abs(v - expectedMean)).isLessThanOrEqualTo(bound + 1e-12);
        }
    }

    static Stream<Arguments> shapes() {
        return Stream.of(Arguments.of(300, 100), Arguments.of(100, 300), Arguments.of(64, 64), Arguments.of(1, 5));
    }

    @ParameterizedTest(name = "{0}×{1}")
    @MethodSource("shapes")
    void orthogonalHasOrthonormalColumnsOrRows(int fanIn, int fanOut) {
        double[] w = new double[fanIn * fanOut];
        new Orthogonal(1).fill(w, fanIn, fanOut, new SplittableRandom(3));
        DMatrixRMaj m = DMatrixRMaj.wrap(fanIn, fanOut, w);
        DMatrixRMaj gram = fanIn >= fanOut ? new DMatrixRMaj(fanOut, fanOut) : new DMatrixRMaj(fanIn, fanIn);
        if (fanIn >= fanOut) {
            CommonOps_DDRM.multTransA(m, m, gram);
        } else {
            CommonOps_DDRM.multTransB(m, m, gram);
        }
        assertThat(MatrixFeatures_DDRM.isIdentity(gram, 1e-10)).isTrue();
    }
}
