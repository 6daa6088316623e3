package org.initlab.autograd;

import org.initlab.fast.Affine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.Tanh;
import org.junit.jupiter.api.Test;

/**
 * Forward values and gradients of every op and loss on small inputs worked out by hand (losses checked against
 * Python's {@code math}): the gradient check alone compares a backward with differences of the same forward, so a
 * wrong forward (Mean's 1/N turned into N) would pass it.
 */
class OpValuesTest {
    private static Tensor param(double[][] rows) {
        return Tensor.parameter(new DMatrixRMaj(rows));
    }

    private static void same(DMatrixRMaj actual, double[][] expected) {
        assertThat(actual.numRows).isEqualTo(expected.length);
        assertThat(actual.numCols).isEqualTo(expected[0].length);
        for (int r = 0; r < expected.length; r++) {
            for (int c = 0; c < expected[0].length; c++) {
                assertThat(actual.get(r, c)).as("(" + r + ", " + c + ")").isCloseTo(expected[r][c], within(1e-12));
            }
        }
    }

    @Test
    void meanAndSumOfTwoByTwo() {
        Tensor a = param(new double[][] {{1, 2}, {3, 4}});
        Tensor mean = Mean.apply(a);
        assertThat(mean.item()).isEqualTo(2.5);
        mean.backward();
        same(a.grad(), new double[][] {{0.25, 0.25}, {0.25, 0.25}});
        Tensor b = param(new double[][] {{1, 2, 3}});
        Tensor sum = Sum.apply(b);
        assertThat(sum.item()).isEqualTo(6);
        sum.backward();
        same(b.grad(), new double[][] {{1, 1, 1}});
    }

    @Test
    void matmulAndTranspose() {
        Tensor a = param(new double[][] {{1, 2}, {3, 4}});
        Tensor b = param(new double[][] {{5, 6, 7}, {8, 9, 10}});
        Tensor c = MatMul.apply(a, b);
        same(c.value(), new double[][] {{21, 24, 27}, {47, 54, 61}});
        Sum.apply(c).backward();
        same(a.grad(), new double[][] {{18, 27}, {18, 27}}); // dA = 1·Bᵀ: row sums of B
        same(b.grad(), new double[][] {{4, 4, 4}, {6, 6, 6}}); // dB = Aᵀ·1: column sums of A
        same(Transpose.apply(b).value(), new double[][] {{5, 8}, {6, 9}, {7, 10}});
    }

    @Test
    void elementwiseOps() {
        Tensor a = param(new double[][] {{1, -2}, {3, 0.5}});
        Tensor b = param(new double[][] {{4, 5}, {-6, 2}});
        same(Add.apply(a, b).value(), new double[][] {{5, 3}, {-3, 2.5}});
        same(Subtract.apply(a, b).value(), new double[][] {{-3, -7}, {9, -1.5}});
        Tensor product = Multiply.apply(a, b);
        same(product.value(), new double[][] {{4, -10}, {-18, 1}});
        Sum.apply(product).backward();
        same(a.grad(), new double[][] {{4, 5}, {-6, 2}});
        same(b.grad(), new double[][] {{1, -2}, {3, 0.5}});
        Tensor s = param(new double[][] {{1, -2}});
        Tensor scaled = Scale.apply(s, -2.5);
        same(scaled.value(), new double[][] {{-2.5, 5}});
        Sum.apply(scaled).backward();
        same(s.grad(), new double[][] {{-2.5, -2.5}});
        Tensor d = param(new double[][] {{1, 1}, {1, 1}});
        Tensor e = param(new double[][] {{0, 0}, {0, 0}});
        Sum.apply(Subtract.apply(d, e)).backward();
        same(e.grad(), new double[][] {{-1, -1}, {-1, -1}});
    }

    @Test
    void biasAffineAndActivate() {
        Tensor x = param(new double[][] {{1, 2}, {3, 4}});
        Tensor bias = param(new double[][] {{10, -10}});
        Tensor shifted = AddBias.apply(x, bias);
        same(shifted.value(), new double[][] {{11, -8}, {13, -6}});
        Sum.apply(shifted).backward();
        same(bias.grad(), new double[][] {{2, 2}}); // summed over the batch
        Tensor w = param(new double[][] {{1, 0, -1}, {0.5, 2, 1}});
        Tensor b = param(new double[][] {{0, 1, 2}});
        Tensor affine = Affine.apply(Tensor.of(new double[][] {{1, 2}, {3, 4}}), w, b);
        same(affine.value(), new double[][] {{2, 5, 3}, {5, 9, 3}});
        Sum.apply(affine).backward();
        same(b.grad(), new double[][] {{2, 2, 2}});
        same(w.grad(), new double[][] {{4, 4, 4}, {6, 6, 6}});
        Tensor z = param(new double[][] {{0, 0.5}});
        Tensor a = Activate.apply(z, new Tanh());
        same(a.value(), new double[][] {{0, 0.46211715726000974}});
        Sum.apply(a).backward();
        same(z.grad(), new double[][] {{1, 1 - 0.46211715726000974 * 0.46211715726000974}});
    }

    @Test
    void lossValuesAgainstAnIndependentReference() {
        Tensor logits = param(new double[][] {{0}, {2}, {-3}});
        Tensor bce = BinaryCrossEntropyWithLogits.apply(logits, new DMatrixRMaj(new double[][] {{0}, {1}, {1}}));
        assertThat(bce.item()).isCloseTo(1.2895541810588866, within(1e-14));
        bce.backward();
        // dx = (σ(x) − y)/N
        same(logits.grad(), new double[][] {{0.5 / 3}, {(0.8807970779778823 - 1) / 3},
                {(0.04742587317756678 - 1) / 3}});
        Tensor huge = param(new double[][] {{800}, {-800}});
        assertThat(BinaryCrossEntropyWithLogits.apply(huge, new DMatrixRMaj(new double[][] {{0}, {0}})).item())
                .as("no overflow at |x| = 800").isCloseTo(400, within(1e-9));
        Tensor scores = param(new double[][] {{1, 2, 3}, {0, 0, 0}});
        Tensor ce = SoftmaxCrossEntropy.apply(scores, new int[] {2, 1});
        assertThat(ce.item()).isCloseTo(0.7531091265562451, within(1e-14));
        ce.backward();
        // d = (softmax − onehot)/N
        same(scores.grad(), new double[][] {{0.09003057317038046 / 2, 0.24472847105479764 / 2,
                (0.6652409557748219 - 1) / 2},
            {1.0 / 6, (1.0 / 3 - 1) / 2, 1.0 / 6}});
        Tensor big = param(new double[][] {{1000, 0}});
        assertThat(SoftmaxCrossEntropy.apply(big, new int[] {1}).item()).as("no overflow")
                .isCloseTo(1000, within(1e-9));
        Tensor p = param(new double[][] {{1, 2}, {-1, 0.5}});
        Tensor mse = MeanSquaredError.apply(p, new DMatrixRMaj(new double[][] {{0, 4}, {1, 0}}));
        assertThat(mse.item()).isEqualTo(2.3125);
        mse.backward();
        same(p.grad(), new double[][] {{0.5, -1}, {-1, 0.25}}); // 2(P − T)/N
    }

    @Test
    void tensorsKnowTheirShapeParentsAndRefuseBadSeeds() {
        assertThatThrownBy(() -> Tensor.parameter(0, 3))
                .hasMessage("parameter: shape 0×3 must have rows > 0 and cols > 0");
        Tensor a = param(new double[][] {{1, 2}});
        Tensor b = param(new double[][] {{3}, {4}});
        Tensor c = MatMul.apply(a, b);
        assertThat(c.parents()).containsExactly(a, b);
        assertThat(a.parents()).isEmpty();
        assertThat(c.toString()).isEqualTo("Tensor 1×1 (grad)");
        assertThat(Tensor.of(new double[][] {{1, 2, 3}}).toString()).isEqualTo("Tensor 1×3");
        Tensor wide = MatMul.apply(b, a);
        assertThatThrownBy(() -> wide.backward(new DMatrixRMaj(1, 2)))
                .hasMessage("backward: seed is 1×2 but tensor is 2×2; they must have the same shape");
        wide.backward(new DMatrixRMaj(new double[][] {{1, 0}, {0, 1}}));
        same(a.grad(), new double[][] {{3, 4}}); // dA = Bᵀ·seed
    }

    @Test
    void shapeMismatchesAreRefusedByEveryElementwiseOpAndLoss() {
        Tensor two = param(new double[][] {{1, 2}});
        Tensor three = param(new double[][] {{1, 2, 3}});
        assertThatThrownBy(() -> Subtract.apply(two, three))
                .hasMessageContaining("1×2").hasMessageContaining("1×3");
        assertThatThrownBy(() -> Add.apply(two, three)).hasMessageContaining("same shape");
        assertThatThrownBy(() -> Multiply.apply(two, three)).hasMessageContaining("same shape");
        assertThatThrownBy(() -> MeanSquaredError.apply(two, new DMatrixRMaj(1, 3)))
                .hasMessage("mse: prediction is 1×2 but target is 1×3; they must have the same shape");
        assertThatThrownBy(() -> BinaryCrossEntropyWithLogits.apply(two, new DMatrixRMaj(2, 1)))
                .hasMessage("binaryCrossEntropy: logits is 1×2 but target is 2×1; they must have the same shape");
    }
}
