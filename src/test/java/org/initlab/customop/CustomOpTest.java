package org.initlab.customop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.initlab.autograd.Graph;
import org.initlab.autograd.GradientCheck;
import org.initlab.autograd.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Ops written the way a student writes them, outside the autograd package and without EJML: a forward from
 * {@code toArray()}/{@code get}, a backward through {@code addToGrad}, and {@link GradientCheck} as the judge.
 */
class CustomOpTest {
    /** y = x³ elementwise; dx += 3x² ⊙ dy, written with the tensor ops. */
    static Tensor cube(Tensor x) {
        double[][] y = x.toArray();
        for (double[] row : y) {
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j] * row[j] * row[j];
            }
        }
        return Tensor.fromOp(y, List.of(x), dY -> x.addToGrad(x.multiply(x).scale(3).multiply(dY)));
    }

    /** The same forward with a typical mistake in the backward: the factor 3 of d(x³)/dx forgotten. */
    static Tensor cubeForgettingTheThree(Tensor x) {
        Tensor right = cube(x);
        return Tensor.fromOp(right.toArray(), List.of(x), dY -> x.addToGrad(x.multiply(x).multiply(dY)));
    }

    /**
     * d[i] = Σⱼ (a[i][j] − b[i][j])², one number per row (n×1); da[i][j] += 2(a − b)[i][j]·dd[i], db = −da. Written
     * entry by entry with get and addToGrad(row, col, delta).
     */
    static Tensor rowSquaredDistance(Tensor a, Tensor b) {
        double[][] d = new double[a.rows()][1];
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                double diff = a.get(i, j) - b.get(i, j);
                d[i][0] += diff * diff;
            }
        }
        return Tensor.fromOp(d, List.of(a, b), dD -> {
            for (int i = 0; i < a.rows(); i++) {
                for (int j = 0; j < a.cols(); j++) {
                    double share = 2 * (a.get(i, j) - b.get(i, j)) * dD.get(i, 0);
                    a.addToGrad(i, j, share);
                    b.addToGrad(i, j, -share);
                }
            }
        });
    }

    private static Tensor x() {
        return Tensor.parameter(new double[][] {{0.5, -1.2, 0.8}, {2.0, 0.3, -0.7}});
    }

    @Test
    void aCorrectCustomBackwardPassesTheGradientCheck() {
        Tensor x = x();
        GradientCheck.Result result = GradientCheck.check(() -> cube(x), x);
        assertThat(result.passed()).as(result.message()).isTrue();
        assertThat(result.maxRelativeError()).isLessThan(1e-8);
        assertThat(result.message()).startsWith("gradient check passed: max relative error");
    }

    @Test
    void aCustomOpWithTwoParentsInsideALargerExpressionPassesTheGradientCheck() {
        Tensor a = x();
        Tensor b = Tensor.parameter(new double[][] {{0.1, 0.2, -0.3}, {-1.0, 0.6, 0.4}});
        Tensor w = Tensor.parameter(new double[][] {{0.7, -0.2}, {0.1, 0.9}, {-0.5, 0.3}});
        // the custom op is used twice and sits between built-in ops: both contributions must arrive
        GradientCheck.Result result = GradientCheck.check(
                () -> rowSquaredDistance(cube(a).matmul(w), b.matmul(w)).tanh().add(rowSquaredDistance(a, b)), a, b, w);
        assertThat(result.passed()).as(result.message()).isTrue();
    }

    @Test
    void theCheckerCatchesAWrongBackwardAndSaysWhere() {
        Tensor x = x();
        GradientCheck.Result result = GradientCheck.check(() -> cubeForgettingTheThree(x), x);
        assertThat(result.passed()).isFalse();
        // backward gives x²·dy, finite differences 3x²·dy: relative error |1 − 3| / (1 + 3) = 0.5 on every entry
        assertThat(result.maxRelativeError()).isCloseTo(0.5, within(1e-6));
        assertThat(result.numeric()).isCloseTo(3 * result.analytic(), within(1e-6));
        assertThat(result.message())
                .startsWith("gradient check FAILED: relative error 0.50 > tolerance 1e-6 at input 0 entry (");
    }

    @Test
    void theCheckerRefusesAConstantInputWithATeachingMessage() {
        Tensor c = Tensor.of(new double[][] {{1, 2}});
        assertThatThrownBy(() -> GradientCheck.check(() -> cube(c), c))
                .hasMessage("gradient check: input 0 (Tensor 1×2) is a constant and takes no gradient; "
                        + "make it with Tensor.parameter");
    }

    @Test
    void aCustomOpRecordsNothingWithoutAGradientToSendBack() {
        Tensor x = x();
        try (Graph.NoGrad off = Graph.noGrad()) {
            Tensor y = cube(x);
            assertThat(y.requiresGrad()).isFalse();
            assertThat(y.parents()).isEmpty();
        }
        assertThat(cube(Tensor.of(x.toArray())).requiresGrad()).isFalse();
        Tensor y = cube(x);
        assertThat(y.parents()).containsExactly(x);
        assertThat(y.get(1, 0)).isEqualTo(8.0);
    }

    @Test
    void gradientsAreReadWithoutEjml() {
        Tensor x = x();
        cube(x).sum().backward();
        double[][] grad = x.gradToArray();
        assertThat(grad[1][0]).isEqualTo(12.0);          // 3·2²
        assertThat(x.grad(0, 0)).isEqualTo(0.75);        // 3·0.5²
        assertThat(grad[0]).containsExactly(new double[] {0.75, 3 * 1.44, 3 * 0.64}, within(1e-12));
    }
}
