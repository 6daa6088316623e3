package org.initlab.autograd;

import org.initlab.fast.Affine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.Activation;
import org.initlab.activation.Activations;
import org.initlab.activation.LeakyRelu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every op, activation and loss against central finite differences; random shapes from a seeded generator. */
class OpGradientTest {
    private static final double TOLERANCE = 1e-6;
    private final SplittableRandom random = new SplittableRandom(20261129);

    private int size() {
        return 2 + random.nextInt(5);
    }

    /** Checks op(a) or op(a, b) by projecting its output onto a random direction. */
    private double check(int ar, int ac, int br, int bc, Function<Tensor[], Tensor> op) {
        Tensor a = GradientCheck.randomParameter(ar, ac, random, -1.5, 1.5);
        Tensor b = GradientCheck.randomParameter(br, bc, random, -1.5, 1.5);
        Tensor[] both = {a, b};
        Tensor out = op.apply(both);
        Tensor r = GradientCheck.randomProjection(out.rows(), out.cols(), random);
        Supplier<Tensor> loss = () -> Sum.apply(Multiply.apply(op.apply(both), r));
        return GradientCheck.maxRelativeError(loss, List.of(a, b));
    }

    @Test
    void matmul() {
        int n = size(), k = size(), m = size();
        assertThat(check(n, k, k, m, t -> MatMul.apply(t[0], t[1]))).isLessThan(TOLERANCE);
    }

    @Test
    void add() {
        int n = size(), m = size();
        assertThat(check(n, m, n, m, t -> Add.apply(t[0], t[1]))).isLessThan(TOLERANCE);
    }

    @Test
    void subtract() {
        int n = size(), m = size();
        assertThat(check(n, m, n, m, t -> Subtract.apply(t[0], t[1]))).isLessThan(TOLERANCE);
    }

    @Test
    void multiply() {
        int n = size(), m = size();
        assertThat(check(n, m, n, m, t -> Multiply.apply(t[0], t[1]))).isLessThan(TOLERANCE);
    }

    @Test
    void scale() {
        int n = size(), m = size();
        assertThat(check(n, m, 1, 1, t -> Scale.apply(t[0], -2.5))).isLessThan(TOLERANCE);
    }

    @Test
    void addBias() {
        int n = size(), m = size();
        assertThat(check(n, m, 1, m, t -> AddBias.apply(t[0], t[1]))).isLessThan(TOLERANCE);
    }

    @Test
    void affine() {
        int n = size(), k = size(), m = size();
        Tensor bias = GradientCheck.randomParameter(1, m, random, -1, 1);
        assertThat(check(n, k, k, m, t -> Affine.apply(t[0], t[1], bias))).isLessThan(TOLERANCE);
        Tensor x = GradientCheck.randomParameter(n, k, random, -1, 1);
        Tensor w = GradientCheck.randomParameter(k, m, random, -1, 1);
        Tensor r = GradientCheck.randomProjection(n, m, random);
        assertThat(GradientCheck.maxRelativeError(() -> Sum.apply(Multiply.apply(Affine.apply(x, w, bias), r)),
                List.of(bias))).isLessThan(TOLERANCE);
    }

    @Test
    void sum() {
        assertThat(check(size(), size(), 1, 1, t -> Sum.apply(t[0]))).isLessThan(TOLERANCE);
    }

    @Test
    void mean() {
        assertThat(check(size(), size(), 1, 1, t -> Mean.apply(t[0]))).isLessThan(TOLERANCE);
    }

    @Test
    void transpose() {
        assertThat(check(size(), size(), 1, 1, t -> Transpose.apply(t[0]))).isLessThan(TOLERANCE);
    }

    @Test
    void aTensorUsedInSeveralOpsGetsEveryContribution() {
        int n = size(), m = size();
        // (A·Aᵀ) + A·Aᵀ uses A four times
        assertThat(check(n, m, 1, 1, t -> {
            Tensor g = MatMul.apply(t[0], Transpose.apply(t[0]));
            return Add.apply(g, g);
        })).isLessThan(TOLERANCE);
    }

    static Stream<String> activations() {
        return Stream.concat(Activations.NAMES.stream(), Stream.of("leaky-relu:0.2", "elu:0.5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void activation(String name) {
        Activation activation = Activations.byName(name);
        int n = size(), m = size();
        assertThat(check(n, m, 1, 1, t -> Activate.apply(t[0], activation))).isLessThan(TOLERANCE);
    }

    @Test
    void leakyReluSlopeIsUsedBelowZero() {
        Tensor z = Tensor.parameter(new DMatrixRMaj(new double[][] {{-2.0, 3.0}}));
        Tensor a = Activate.apply(z, new LeakyRelu(0.2));
        assertThat(a.value().data).containsExactly(-0.4, 3.0);
        Sum.apply(a).backward();
        assertThat(z.grad().data).containsExactly(0.2, 1.0);
    }

    @Test
    void meanSquaredError() {
        int n = size(), m = size();
        DMatrixRMaj target = GradientCheck.randomProjection(n, m, random).value();
        assertThat(check(n, m, 1, 1, t -> MeanSquaredError.apply(t[0], target))).isLessThan(TOLERANCE);
    }

    @Test
    void binaryCrossEntropyFromLogits() {
        int n = size();
        DMatrixRMaj target = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            target.data[i] = random.nextInt(2);
        }
        assertThat(check(n, 1, 1, 1, t -> BinaryCrossEntropyWithLogits.apply(t[0], target))).isLessThan(TOLERANCE);
    }

    @Test
    void softmaxCrossEntropy() {
        int n = size(), k = size();
        int[] labels = random.ints(n, 0, k).toArray();
        assertThat(check(n, k, 1, 1, t -> SoftmaxCrossEntropy.apply(t[0], labels))).isLessThan(TOLERANCE);
    }
}
