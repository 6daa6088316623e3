package org.initlab.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.Tanh;
import org.junit.jupiter.api.Test;

class AutogradTest {
    @Test
    void backwardAccumulatesEveryUseOfATensor() {
        Tensor x = Tensor.parameter(new DMatrixRMaj(new double[][] {{3.0, -1.5}}));
        // y = x*x + x, dy/dx = 2x + 1
        Tensor y = Add.apply(Multiply.apply(x, x), x);
        y.backward(new DMatrixRMaj(new double[][] {{1.0, 1.0}}));
        assertThat(x.grad().data).containsExactly(7.0, -2.0);
    }

    @Test
    void parameterGradientsAccumulateAcrossBackwardCallsUntilZeroed() {
        Tensor x = Tensor.parameter(new DMatrixRMaj(new double[][] {{2.0}}));
        Scale.apply(x, 3).backward();
        Scale.apply(x, 3).backward();
        assertThat(x.grad().data[0]).isEqualTo(6.0);
        x.zeroGrad();
        assertThat(x.grad().data[0]).isEqualTo(0.0);
    }

    @Test
    void noGradRecordsNothing() {
        Tensor w = Tensor.parameter(new DMatrixRMaj(new double[][] {{0.5}}));
        Tensor out;
        try (Graph.NoGrad off = Graph.noGrad()) {
            out = Activate.apply(MatMul.apply(Tensor.of(new double[][] {{2.0}}), w), new Tanh());
            assertThat(Graph.isRecording()).isFalse();
        }
        assertThat(Graph.isRecording()).isTrue();
        assertThat(out.requiresGrad()).isFalse();
        assertThat(out.parents()).isEmpty();
        assertThat(out.item()).isEqualTo(Math.tanh(1.0));
        assertThatThrownBy(out::backward).hasMessageContaining("does not depend on any parameter");
    }

    @Test
    void matmulRefusesMismatchedShapesNamingThem() {
        Tensor a = Tensor.constant(new DMatrixRMaj(32, 784));
        Tensor b = Tensor.constant(new DMatrixRMaj(100, 10));
        assertThatThrownBy(() -> MatMul.apply(a, b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("matmul: left is 32×784 but right is 100×10; left.cols must equal right.rows");
    }

    @Test
    void elementwiseOpsRefuseDifferentShapes() {
        Tensor a = Tensor.constant(new DMatrixRMaj(2, 3));
        Tensor b = Tensor.constant(new DMatrixRMaj(3, 2));
        assertThatThrownBy(() -> Add.apply(a, b))
                .hasMessage("add: left is 2×3 but right is 3×2; they must have the same shape");
        assertThatThrownBy(() -> Multiply.apply(a, b)).hasMessageStartingWith("multiply: left is 2×3");
    }

    @Test
    void biasMustBeOneRowOfTheInputsWidth() {
        Tensor x = Tensor.constant(new DMatrixRMaj(4, 3));
        Tensor b = Tensor.constant(new DMatrixRMaj(1, 5));
        assertThatThrownBy(() -> AddBias.apply(x, b))
                .hasMessage("addBias: input is 4×3 but bias is 1×5; the bias must be 1×3");
    }

    @Test
    void lossesRefuseBadLabels() {
        Tensor logits = Tensor.constant(new DMatrixRMaj(2, 3));
        assertThatThrownBy(() -> SoftmaxCrossEntropy.apply(logits, new int[] {0, 3}))
                .hasMessage("softmaxCrossEntropy: label 3 in row 1 is outside [0, 3) for 3 classes");
        assertThatThrownBy(() -> SoftmaxCrossEntropy.apply(logits, new int[] {0}))
                .hasMessageContaining("logits are 2×3 but there are 1 labels");
    }

    @Test
    void lossesAreStableForLargeLogitsAndReportNonFiniteOnes() {
        Tensor big = Tensor.of(new double[][] {{1000.0}, {-1000.0}});
        DMatrixRMaj target = new DMatrixRMaj(new double[][] {{1.0}, {0.0}});
        assertThat(BinaryCrossEntropyWithLogits.apply(big, target).item()).isEqualTo(0.0);
        assertThat(SoftmaxCrossEntropy.apply(Tensor.of(new double[][] {{1000.0, 0.0}}), new int[] {1}).item())
                .isEqualTo(1000.0);
        Tensor inf = Tensor.of(new double[][] {{Double.POSITIVE_INFINITY}});
        double loss = BinaryCrossEntropyWithLogits.apply(inf, new DMatrixRMaj(new double[][] {{1.0}})).item();
        assertThat(Double.isFinite(loss)).isFalse();
        Tensor nan = Tensor.of(new double[][] {{Double.NaN, 0.0}});
        assertThat(SoftmaxCrossEntropy.apply(nan, new int[] {0}).item()).isNaN();
    }
}
