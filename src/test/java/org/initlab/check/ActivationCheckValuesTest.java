package org.initlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.initlab.activation.Activation;
import org.initlab.activation.Sigmoid;
import org.junit.jupiter.api.Test;

/**
 * Each activation criterion on its pass and its fail side, with hand-made activations just inside and just outside
 * each tolerance: the exact points checked, the counts in the summaries and the hint each kind of mistake gets.
 */
class ActivationCheckValuesTest {
    private static final int N = 2000 + 2 * ActivationCheck.LARGE.length;

    /** φ and φ' from two functions; forward and backward are the interface's loops. */
    private static class Fn implements Activation {
        private final DoubleUnaryOperator phi;
        private final DoubleBinaryOperator derivative;

        Fn(DoubleUnaryOperator phi, DoubleBinaryOperator derivative) {
            this.phi = phi;
            this.derivative = derivative;
        }

        @Override
        public String name() {
            return "test";
        }

        @Override
        public double apply(double z) {
            return phi.applyAsDouble(z);
        }

        @Override
        public double derivative(double z, double a) {
            return derivative.applyAsDouble(z, a);
        }

        @Override
        public double gain() {
            return 1;
        }
    }

    private static Fn tanh() {
        return new Fn(Math::tanh, (z, a) -> 1 - a * a);
    }

    private static Fn swish() {
        return new Fn(z -> z * Sigmoid.logistic(z), (z, a) -> {
            double s = Sigmoid.logistic(z);
            return s + z * s * (1 - s);
        });
    }

    private static Criterion run(Activation phi, int criterion) {
        return ActivationCheck.check(phi).get(criterion);
    }

    private static Outcome swishCheck(Activation phi) {
        return ActivationCheck.matchesSwish().test().apply(phi);
    }

    @Test
    void thePointsAreAGridOnPlusMinus20GaussianDrawsAndTheLargeValuesWithBothSigns() {
        double[] z = ActivationCheck.points();
        assertThat(z).hasSize(N);
        assertThat(z[0]).isEqualTo(-20 + 40.0 * 0.5 / 1000);
        assertThat(z[500]).isEqualTo(-20 + 40.0 * 500.5 / 1000);
        assertThat(z[999]).isEqualTo(-20 + 40.0 * 999.5 / 1000);
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 1000; i < 2000; i++) {
            assertThat(z[i]).isEqualTo(r.nextGaussian() * 3);
        }
        for (int k = 0; k < ActivationCheck.LARGE.length; k++) {
            assertThat(z[2000 + 2 * k]).isEqualTo(ActivationCheck.LARGE[k]);
            assertThat(z[2001 + 2 * k]).isEqualTo(-ActivationCheck.LARGE[k]);
        }
    }

    @Test
    void exactSwishMatchesAndSaysOnHowManyPoints() {
        Outcome o = swishCheck(swish());
        assertThat(o.passed()).isTrue();
        assertThat(o.detail()).isEqualTo("φ(z) = z·σ(z) on all " + N + " points");
    }

    @Test
    void swishWithinTheRelativeErrorPassesAndJustOutsideFails() {
        assertThat(swishCheck(new Fn(z -> z * Sigmoid.logistic(z) * (1 + 5e-10), (z, a) -> 0)).passed()).isTrue();
        Outcome off = swishCheck(new Fn(z -> z * Sigmoid.logistic(z) * (1 + 3e-9), (z, a) -> 0));
        assertThat(off.passed()).isFalse();
        assertThat(off.hint()).isEqualTo("σ(z) = 1 / (1 + exp(−z)); swish is z·σ(z)");
    }

    @Test
    void theStarterZeroIsNotSwishAndTheMessageShowsTheFirstPoint() {
        Outcome o = swishCheck(new Fn(z -> 0, (z, a) -> 0));
        assertThat(o.passed()).isFalse();
        double want = -19.98 * Sigmoid.logistic(-19.98);
        assertThat(o.detail()).isEqualTo(String.format(Locale.ROOT, "φ(-19.9800) = 0.00000, but z·σ(z) = %.6g",
                want));
    }

    @Test
    void swishThatOverflowsGetsTheOverflowHint() {
        Outcome o = swishCheck(new Fn(z -> z / (1 + Math.exp(-z)) * (z < -709 ? Double.NaN : 1), (z, a) -> 0));
        assertThat(o.passed()).isFalse();
        assertThat(o.detail()).startsWith("φ(-709.800) = NaN");
        assertThat(o.hint()).startsWith("exp overflows for |z| > 709");
    }

    @Test
    void finiteListsAtMostFourBadPoints() {
        Criterion c = run(new Fn(z -> Double.NaN, (z, a) -> 0), 0);
        assertThat(c.passed()).isFalse();
        assertThat(c.detail().split("; ")).hasSize(4);
        assertThat(c.detail()).startsWith("z = -19.9800: φ = NaN, φ' = 0.00000; z = -19.9400: φ = NaN");
        assertThat(c.hint()).startsWith("exp(z) overflows to Infinity for z > 709.78");
    }

    @Test
    void aBadDerivativeAloneFailsFinite() {
        Criterion c = run(new Fn(Math::tanh, (z, a) -> z == 1e6 ? Double.POSITIVE_INFINITY : 1 - a * a), 0);
        assertThat(c.detail()).isEqualTo("z = 1.00000e+06: φ = 1.00000, φ' = Infinity");
        assertThat(c.hint()).startsWith("exp(z) overflows");
    }

    @Test
    void aNanAtExactly709IsNotCalledAnOverflowBeyond709() {
        Criterion c = run(new Fn(z -> z == 709 ? Double.NaN : Math.tanh(z), (z, a) -> 1 - a * a), 0);
        assertThat(c.detail()).isEqualTo("z = 709.000: φ = NaN, φ' = NaN");
        assertThat(c.hint()).isEqualTo("a 0/0 or an overflow inside [−20, 20]");
        Criterion beyond = run(new Fn(z -> z == 709.8 ? Double.NaN : Math.tanh(z), (z, a) -> 1 - a * a), 0);
        assertThat(beyond.hint()).startsWith("exp(z) overflows");
    }

    @Test
    void finitePassesWithItsRange() {
        assertThat(run(tanh(), 0).detail()).isEqualTo("φ and φ' finite on [−20, 20] and at ±30 … ±1e6");
        assertThat(run(tanh(), 0).passed()).isTrue();
    }

    @Test
    void aSmoothRightDerivativeUsesEveryPointAndSkipsNone() {
        Criterion c = run(tanh(), 1);
        assertThat(c.passed()).isTrue();
        assertThat(c.detail()).endsWith("(tolerance 1e-05; 0 of " + N + " points off, 0 kink point(s) skipped)");
        Criterion s = run(swish(), 1);
        assertThat(s.passed()).isTrue();
        assertThat(s.detail()).endsWith("0 of " + N + " points off, 0 kink point(s) skipped)");
    }

    @Test
    void aKinkOnAGridPointIsSkippedAndCounted() {
        double kink = -20 + 40.0 * 500.5 / 1000;
        Criterion c = run(new Fn(z -> Math.abs(z - kink), (z, a) -> Math.signum(z - kink)), 1);
        assertThat(c.passed()).isTrue();
        assertThat(c.detail()).endsWith("0 of " + (N - 1) + " points off, 1 kink point(s) skipped)");
    }

    @Test
    void aDerivativeOffByMoreThanTheToleranceFailsAndOneWithinPasses() {
        Criterion within = run(new Fn(Math::tanh, (z, a) -> 1 - a * a + 5e-6), 1);
        assertThat(within.passed()).isTrue();
        assertThat(within.detail()).startsWith("largest error 5.00e-06 (tolerance 1e-05; 0 of ");
        Criterion off = run(new Fn(Math::tanh, (z, a) -> 1 - a * a + 2e-5), 1);
        assertThat(off.passed()).isFalse();
        assertThat(off.detail()).startsWith("largest error 2.00e-05 (tolerance 1e-05; " + N + " of " + N
                + " points off, 0 kink point(s) skipped)");
        assertThat(off.hint()).startsWith("compare your formula");
    }

    @Test
    void aNanDerivativeIsTheWorstErrorAndCountsAsOff() {
        Criterion c = run(new Fn(Math::tanh, (z, a) -> z > 19.9 && z < 20 ? Double.NaN : 1 - a * a), 1);
        assertThat(c.passed()).isFalse();
        assertThat(c.detail()).startsWith("largest error Infinity (tolerance 1e-05; 2 of " + N + " points off");
        List<String> rows = c.detail().lines().skip(2).toList();
        assertThat(rows.get(0).trim()).startsWith("19.");
        assertThat(c.hint()).isEqualTo(
                "the derivative overflows where the finite difference is fine: rearrange it so exp only gets z ≤ 0");
    }

    @Test
    void theTableShowsTheWorstPointThenFailingPointsSpreadByZ() {
        // φ' = 1 − a: wrong wherever a ≠ 0, worst at the most negative z (2 instead of 0)
        Criterion c = run(new Fn(Math::tanh, (z, a) -> 1 - a), 1);
        List<double[]> rows = c.detail().lines().skip(2).map(l -> l.trim().split(" +"))
                .map(f -> new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])}).toList();
        assertThat(rows).hasSize(5);
        // worst: 2 − 0 at z ≤ −30; then four failing points in z order, from the smallest failing z
        assertThat(rows.get(0)[1]).isEqualTo(2.0);
        assertThat(rows.get(1)[0]).isEqualTo(-1e6);
        for (int i = 2; i < rows.size(); i++) {
            assertThat(rows.get(i)[0]).isGreaterThan(rows.get(i - 1)[0]);
        }
        assertThat(c.hint()).startsWith("compare your formula");
    }

    @Test
    void aDerivativeThatReturnsPhiItselfIsNamed() {
        Criterion c = run(new Fn(Math::tanh, (z, a) -> Math.tanh(z)), 1);
        assertThat(c.passed()).isFalse();
        assertThat(c.hint()).startsWith("derivative returns φ(z) itself");
    }

    @Test
    void forwardPassesWithTheRangeItWrote() {
        Criterion c = run(tanh(), 2);
        assertThat(c.passed()).isTrue();
        assertThat(c.detail()).isEqualTo("a[3.." + (N - 5) + ") equals apply(z), nothing else written");
    }

    @Test
    void forwardWithNanValuesInItsRangeIsStillRight() {
        Criterion c = run(new Fn(z -> Math.abs(z) > 700 ? Double.NaN : Math.tanh(z), (z, a) -> 0), 2);
        assertThat(c.passed()).isTrue();
    }

    @Test
    void forwardOffByMoreThanTheToleranceFailsWithTheFirstIndex() {
        Fn off = new Fn(Math::tanh, (z, a) -> 0) {
            @Override
            public void forward(double[] z, double[] a, int from, int to) {
                for (int i = from; i < to; i++) {
                    a[i] = Math.tanh(z[i]) + 1e-11;
                }
            }
        };
        Criterion c = run(off, 2);
        assertThat(c.passed()).isFalse();
        assertThat(c.detail()).startsWith("forward(z, a, 3, " + (N - 5) + "): a[3] = ");
        assertThat(c.detail()).contains(" but apply(-19.8600) = ");
        assertThat(c.hint()).isEqualTo("forward must give a[i] = apply(z[i])");
        Fn within = new Fn(Math::tanh, (z, a) -> 0) {
            @Override
            public void forward(double[] z, double[] a, int from, int to) {
                for (int i = from; i < to; i++) {
                    a[i] = Math.tanh(z[i]) + 1e-13;
                }
            }
        };
        assertThat(run(within, 2).passed()).isTrue();
    }

    @Test
    void forwardThatChangesItsInputFails() {
        Fn writesZ = new Fn(Math::tanh, (z, a) -> 0) {
            @Override
            public void forward(double[] z, double[] a, int from, int to) {
                for (int i = from; i < to; i++) {
                    a[i] = Math.tanh(z[i]);
                }
                z[0] = 7;
            }
        };
        Criterion c = run(writesZ, 2);
        assertThat(c.detail()).isEqualTo("forward changed its input z");
        assertThat(c.hint()).isEqualTo("z is read-only: write only into a");
    }

    @Test
    void backwardPassesWithTheRangeItAddedTo() {
        Criterion c = run(tanh(), 3);
        assertThat(c.passed()).isTrue();
        assertThat(c.detail()).isEqualTo("dZ[3.." + (N - 5) + ") += dA·φ'(z), nothing else written");
    }

    private abstract static class Backward extends Fn {
        Backward() {
            super(Math::tanh, (z, a) -> 1 - a * a);
        }

        abstract double next(double dZ, double dA, double d);

        @Override
        public void backward(double[] z, double[] a, double[] dA, double[] dZ, int from, int to) {
            for (int i = from; i < to; i++) {
                dZ[i] = next(dZ[i], dA[i], derivative(z[i], a[i]));
            }
        }
    }

    @Test
    void backwardWithoutDaIsToldToMultiply() {
        Criterion c = run(new Backward() {
            @Override
            double next(double dZ, double dA, double d) {
                return dZ + d;
            }
        }, 3);
        assertThat(c.passed()).isFalse();
        assertThat(c.detail()).startsWith("backward(z, a, dA, dZ, 3, " + (N - 5) + ") with dZ = 0.25 before: dZ[");
        assertThat(c.hint()).isEqualTo("multiply by dA[i] (the chain rule: dL/dz = dL/da · φ'(z))");
    }

    @Test
    void backwardThatOverwritesIsToldToAdd() {
        Criterion c = run(new Backward() {
            @Override
            double next(double dZ, double dA, double d) {
                return dA * d;
            }
        }, 3);
        assertThat(c.hint()).startsWith("backward must ADD into dZ");
    }

    @Test
    void backwardWithAWrongFactorGetsTheFormula() {
        Criterion c = run(new Backward() {
            @Override
            double next(double dZ, double dA, double d) {
                return dZ + 2 * dA * d;
            }
        }, 3);
        assertThat(c.hint()).isEqualTo("dZ[i] += dA[i] * derivative(z[i], a[i])");
        Criterion tiny = run(new Backward() {
            @Override
            double next(double dZ, double dA, double d) {
                return dZ + dA * d + 1e-11;
            }
        }, 3);
        assertThat(tiny.passed()).isFalse();
        Criterion within = run(new Backward() {
            @Override
            double next(double dZ, double dA, double d) {
                return dZ + dA * d + 1e-13;
            }
        }, 3);
        assertThat(within.passed()).isTrue();
    }

    @Test
    void backwardBeyondItsRangeIsToldTheLoopBounds() {
        Fn wide = new Fn(z -> z, (z, a) -> 1) {
            @Override
            public void backward(double[] z, double[] a, double[] dA, double[] dZ, int from, int to) {
                super.backward(z, a, dA, dZ, from - 1, to);
            }
        };
        Criterion c = run(wide, 3);
        assertThat(c.detail()).contains(": dZ[2] = ");
        assertThat(c.hint()).isEqualTo("write only dZ[from..to): loop for (int i = from; i < to; i++)");
    }

    @Test
    void backwardThatChangesItsInputsFails() {
        Fn writesDa = new Fn(Math::tanh, (z, a) -> 1 - a * a) {
            @Override
            public void backward(double[] z, double[] a, double[] dA, double[] dZ, int from, int to) {
                super.backward(z, a, dA, dZ, from, to);
                dA[0] = 0;
            }
        };
        Criterion c = run(writesDa, 3);
        assertThat(c.detail()).isEqualTo("backward changed z, a or dA");
        assertThat(c.hint()).isEqualTo("z, a and dA are read-only: write only into dZ");
    }
}
