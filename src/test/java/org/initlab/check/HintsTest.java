package org.initlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.random.RandomGenerator;
import org.initlab.activation.Activation;
import org.initlab.activation.Activations;
import org.initlab.diagnostics.LayerStatistic;
import org.initlab.init.Initializer;
import org.initlab.init.Initializers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import solutions.DeadUnits;

/** Each common mistake, as a deliberately broken submission: the criterion it fails and the hint that names it. */
class HintsTest {
    private static final Initializer HE = Initializers.byName("he-normal");

    private static Criterion criterion(List<Criterion> results, String name) {
        return results.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> failed(List<Criterion> results) {
        return results.stream().filter(c -> !c.passed()).map(Criterion::name).toList();
    }

    /** std = 2/fanIn: the variance used as the std. */
    static final class ForgotSquareRoot implements Initializer {
        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            for (int i = 0; i < w.length; i++) {
                w[i] = 2.0 / fanIn * random.nextGaussian();
            }
        }
    }

    /** Math.sqrt(2 / fanIn): integer division, all weights ±0.0. */
    static final class IntegerDivision implements Initializer {
        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.sqrt(2 / fanIn) * random.nextGaussian();
            }
        }
    }

    /** One row of draws reused for every input: identical rows. */
    static final class SameRowEverywhere implements Initializer {
        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            double[] row = new double[fanOut];
            for (int j = 0; j < fanOut; j++) {
                row[j] = Math.sqrt(2.0 / fanIn) * random.nextGaussian();
            }
            for (int i = 0; i < fanIn; i++) {
                System.arraycopy(row, 0, w, i * fanOut, fanOut);
            }
        }
    }

    /** One draw per input, the same for every unit: identical columns. */
    static final class SameColumnEverywhere implements Initializer {
        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            for (int i = 0; i < fanIn; i++) {
                double v = Math.sqrt(2.0 / fanIn) * random.nextGaussian();
                for (int j = 0; j < fanOut; j++) {
                    w[i * fanOut + j] = v;
                }
            }
        }
    }

    /** Loops with &lt;= and writes one entry past the matrix. */
    static final class WritesPastTheEnd implements Initializer {
        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            for (int i = 0; i <= fanIn * fanOut; i++) {
                w[i] = Math.sqrt(2.0 / fanIn) * random.nextGaussian();
            }
        }
    }

    /** Loops over weights.length: right, because the array is exactly fanIn·fanOut long, as in training. */
    static final class LoopsOverLength implements Initializer {
        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.sqrt(2.0 / fanIn) * random.nextGaussian();
            }
        }
    }

    @Test
    void forgottenSquareRoot() {
        List<Criterion> r = InitializerCheck.check(new ForgotSquareRoot(), HE);
        assertThat(failed(r)).contains("variance");
        assertThat(criterion(r, "variance").hint()).contains("the square root is missing");
        assertThat(criterion(r, "distribution shape").hint()).contains("the kind of distribution is right")
                .contains("fix the variance first");
    }

    @Test
    void integerDivisionFailsDeterminismToo() {
        List<Criterion> r = InitializerCheck.check(new IntegerDivision(), HE);
        assertThat(failed(r)).contains("deterministic for a seed", "rows and columns differ", "variance");
        assertThat(criterion(r, "variance").hint()).contains("integer division").contains("2.0 / fanIn");
        // the zeros are +0.0 and −0.0 depending on the draw's sign, yet another seed gives "the SAME weights"
        assertThat(criterion(r, "deterministic for a seed").detail()).contains("other seed → the SAME weights");
        assertThat(criterion(r, "deterministic for a seed").hint()).contains("integer division");
    }

    @Test
    void identicalRowsAndColumnsAreNamed() {
        Criterion rows = criterion(InitializerCheck.check(new SameRowEverywhere(), HE), "rows and columns differ");
        assertThat(rows.passed()).isFalse();
        assertThat(rows.detail()).isEqualTo("rows 0 and 1 are identical");
        assertThat(rows.hint()).contains("every input gets the same outgoing weights");
        Criterion cols = criterion(InitializerCheck.check(new SameColumnEverywhere(), HE), "rows and columns differ");
        assertThat(cols.detail()).isEqualTo("columns (units) 0 and 1 are identical");
        assertThat(cols.hint()).contains("two units get the same incoming weights");
        assertThat(criterion(InitializerCheck.check(new SameRowEverywhere(), Initializers.byName("zeros")),
                "rows and columns differ").passed()).isTrue();
    }

    @Test
    void theArrayIsExactlyTheMatrixAsInTraining() {
        assertThat(failed(InitializerCheck.check(new LoopsOverLength(), HE))).isEmpty();
        Criterion past = criterion(InitializerCheck.check(new WritesPastTheEnd(), HE),
                "writes its matrix with finite values");
        assertThat(past.detail()).startsWith("threw ArrayIndexOutOfBoundsException: Index 32768 out of bounds "
                + "for length 32768 at " + WritesPastTheEnd.class.getName() + ".fill(HintsTest.java:");
        assertThat(past.hint()).contains("exactly fanIn·fanOut entries").contains("not <=");
    }

    @Test
    void aFailureInsideTheGraderIsNotBlamedOnTheStudent() {
        Step<Object> broken = new Step<>("a check with a bug", s -> {
            throw new IllegalStateException("grader bug");
        });
        Criterion c = broken.run(new LoopsOverLength());
        assertThat(c.passed()).isFalse();
        assertThat(c.detail()).startsWith("the check itself failed, not your code: java.lang.IllegalStateException: "
                + "grader bug");
    }

    @Test
    void normalDrawnForAUniform() {
        Initializer normal = (w, fanIn, fanOut, random) -> {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.sqrt(2.0 / fanIn) * random.nextGaussian();
            }
        };
        Criterion shape = criterion(InitializerCheck.check(normal, Initializers.byName("he-uniform")),
                "distribution shape");
        assertThat(shape.passed()).isFalse();
        assertThat(shape.hint()).contains("you drew a normal (nextGaussian) where a uniform was asked for");
    }

    /** Swish with σ(z) = exp(z)/(1 + exp(z)): NaN beyond z = 709. */
    static final class OverflowingSwish implements Activation {
        @Override
        public String name() {
            return "overflowing-swish";
        }

        @Override
        public double apply(double z) {
            return z * Math.exp(z) / (1 + Math.exp(z));
        }

        @Override
        public double derivative(double z, double a) {
            double s = Math.exp(z) / (1 + Math.exp(z));
            return s + z * s * (1 - s);
        }

        @Override
        public double gain() {
            return 1;
        }
    }

    /** tanh whose bulk backward overwrites dZ instead of adding to it. */
    static final class OverwritingTanh implements Activation {
        @Override
        public String name() {
            return "overwriting-tanh";
        }

        @Override
        public double apply(double z) {
            return Math.tanh(z);
        }

        @Override
        public double derivative(double z, double a) {
            return 1 - a * a;
        }

        @Override
        public double gain() {
            return 5.0 / 3;
        }

        @Override
        public void backward(double[] z, double[] a, double[] dA, double[] dZ, int from, int to) {
            for (int i = from; i < to; i++) {
                dZ[i] = dA[i] * (1 - a[i] * a[i]);
            }
        }

        @Override
        public void forward(double[] z, double[] a, int from, int to) {
            for (int i = 0; i < z.length; i++) {
                a[i] = Math.tanh(z[i]);
            }
        }
    }

    @Test
    void activationOverflowBeyond709IsFoundAndExplained() {
        List<Criterion> r = ActivationCheck.check(new OverflowingSwish());
        Criterion finite = criterion(r, "finite for every z");
        assertThat(finite.passed()).isFalse();
        assertThat(finite.detail()).contains("z = 709.800: φ = NaN");
        assertThat(finite.hint()).contains("exp(z) overflows to Infinity for z > 709.78");
        // on [−20, 20] the same class is right: the old check (z within ±20 only) passed it
        assertThat(criterion(r, "bulk forward writes phi(z) in its range").passed()).isTrue();
    }

    @Test
    void aWrongDerivativeShowsZYoursAndTheFiniteDifferenceSideBySide() {
        Criterion d = criterion(ActivationCheck.check(new CourseKitTest.WrongTanh()),
                "derivative matches finite differences");
        assertThat(d.passed()).isFalse();
        assertThat(d.detail()).contains("z").contains("your φ'(z)").contains("finite difference");
        // each row of the table: z, the student's 1 − tanh(z) and the finite difference ≈ 1 − tanh²(z)
        List<String> rows = d.detail().lines().skip(2).toList();
        assertThat(rows).hasSizeBetween(3, 5);
        for (String row : rows) {
            String[] f = row.trim().split(" +");
            double z = Double.parseDouble(f[0]);
            assertThat(Double.parseDouble(f[1])).isCloseTo(1 - Math.tanh(z), offset(1e-5));
            assertThat(Double.parseDouble(f[2])).isCloseTo(1 - Math.tanh(z) * Math.tanh(z),
                    offset(1e-5));
        }
    }

    @Test
    void bulkLoopsThatOverwriteOrLeaveTheirRangeFail() {
        List<Criterion> r = ActivationCheck.check(new OverwritingTanh());
        assertThat(criterion(r, "derivative matches finite differences").passed()).isTrue();
        Criterion forward = criterion(r, "bulk forward writes phi(z) in its range");
        assertThat(forward.detail()).contains("wrote a[0], outside its range");
        Criterion backward = criterion(r, "bulk backward adds dA times the derivative");
        assertThat(backward.detail()).contains("with dZ = 0.25 before: dZ[3]");
        assertThat(backward.hint()).contains("must ADD into dZ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity", "sigmoid", "tanh", "relu", "leaky-relu", "elu", "selu", "gelu", "softplus"})
    void everyBuiltInActivationPassesTheCheck(String name) {
        assertThat(failed(ActivationCheck.check(Activations.byName(name)))).isEmpty();
    }

    @Test
    void deadUnitMistakes() {
        assertThat(failed(StatisticCheck.check(new DeadUnits()))).isEmpty();
        LayerStatistic intDivision = (a, rows, units) -> {
            int dead = 0;
            for (int j = 0; j < units; j++) {
                boolean zero = true;
                for (int i = 0; i < rows; i++) {
                    zero &= a[i * units + j] == 0;
                }
                dead += zero ? 1 : 0;
            }
            return dead / units;
        };
        List<Criterion> r = StatisticCheck.check(intDivision);
        assertThat(criterion(r, "hand-made layers").detail())
                .contains("a 4×5 layer (examples × units): yours 0.0, expected 0.4");
        assertThat(criterion(r, "hand-made layers").hint()).contains("integer division");
        LayerStatistic rowsAsUnits = (a, rows, units) -> new DeadUnits().measure(a, units, rows);
        Criterion columns = criterion(StatisticCheck.check(rowsAsUnits), "a unit is a column");
        assertThat(columns.passed()).isFalse();
        LayerStatistic firstRowOnly = (a, rows, units) -> new DeadUnits().measure(a, 1, units);
        Criterion once = criterion(StatisticCheck.check(firstRowOnly), "alive when nonzero in any example");
        assertThat(once.passed()).isFalse();
        assertThat(once.hint()).contains("0 in every example");
        LayerStatistic modifies = (a, rows, units) -> {
            double v = new DeadUnits().measure(a, rows, units);
            a[0] = 42;
            return v;
        };
        assertThat(failed(StatisticCheck.check(modifies))).containsExactly("input not modified");
    }
}
