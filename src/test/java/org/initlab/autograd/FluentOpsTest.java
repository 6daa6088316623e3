package org.initlab.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.Relu;
import org.initlab.activation.Sigmoid;
import org.initlab.activation.Tanh;
import org.junit.jupiter.api.Test;

/** The tensor methods are the op classes read left to right: same values and gradients, bit for bit. */
class FluentOpsTest {
    private final SplittableRandom random = new SplittableRandom(7);

    private Tensor parameter(int rows, int cols) {
        return GradientCheck.randomParameter(rows, cols, random, -1, 1);
    }

    @Test
    void aTwoLayerNetworkWrittenFluentlyEqualsTheStaticOpsBitForBit() {
        Tensor x = GradientCheck.randomProjection(6, 4, random);
        Tensor w1 = parameter(4, 5);
        Tensor b1 = parameter(1, 5);
        Tensor w2 = parameter(5, 3);
        Tensor b2 = parameter(1, 3);
        int[] labels = {0, 2, 1, 1, 0, 2};
        List<Tensor> params = List.of(w1, b1, w2, b2);

        Tensor fluent = x.matmul(w1).add(b1).tanh().matmul(w2).add(b2).softmaxCrossEntropy(labels);
        fluent.backward();
        List<double[][]> fluentGrads = params.stream().map(Tensor::gradToArray).toList();
        params.forEach(Tensor::zeroGrad);

        Tensor hidden = Activate.apply(AddBias.apply(MatMul.apply(x, w1), b1), new Tanh());
        Tensor viaOpClasses = SoftmaxCrossEntropy.apply(AddBias.apply(MatMul.apply(hidden, w2), b2), labels);
        viaOpClasses.backward();

        assertThat(fluent.item()).isEqualTo(viaOpClasses.item());
        for (int k = 0; k < params.size(); k++) {
            assertThat(fluentGrads.get(k)).isDeepEqualTo(params.get(k).gradToArray());
        }
        assertThat(params.get(0).grad(0, 0)).isNotZero();
    }

    @Test
    void theElementwiseAndReducingMethodsEqualTheirOps() {
        Tensor a = parameter(3, 4);
        Tensor b = parameter(3, 4);
        assertSame(a.subtract(b).multiply(a).scale(-1.5).transpose().relu().sum(),
                Sum.apply(Activate.apply(Transpose.apply(Scale.apply(Multiply.apply(Subtract.apply(a, b), a), -1.5)),
                        new Relu())), a, b);
        assertSame(a.add(b).sigmoid().mean(), Mean.apply(Activate.apply(Add.apply(a, b),
                new Sigmoid())), a, b);
        assertSame(a.meanSquaredError(b), MeanSquaredError.apply(a, b.value()), a, b);
    }

    private static void assertSame(Tensor fluent, Tensor viaOpClasses, Tensor a, Tensor b) {
        a.zeroGrad();
        b.zeroGrad();
        fluent.backward();
        double[][] da = a.gradToArray();
        a.zeroGrad();
        b.zeroGrad();
        viaOpClasses.backward();
        assertThat(fluent.item()).isEqualTo(viaOpClasses.item());
        assertThat(da).isDeepEqualTo(a.gradToArray());
    }

    @Test
    void addBroadcastsABiasRowAndOtherwiseNeedsTheSameShape() {
        Tensor x = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        assertThat(x.add(Tensor.of(new double[][] {{10, 20}})).toArray())
                .isDeepEqualTo(new double[][] {{11, 22}, {13, 24}});
        assertThatThrownBy(() -> x.add(Tensor.of(new double[][] {{1, 2, 3}})))
                .hasMessage("add: left is 2×2 but right is 1×3; they must have the same shape");
    }

    @Test
    void valuesAreReadAndWrittenWithoutEjmlAndTheEjmlMatrixIsStillThere() {
        Tensor w = Tensor.parameter(new double[][] {{1, 2, 3}, {4, 5, 6}});
        w.set(1, 2, -6);
        assertThat(w.get(1, 2)).isEqualTo(-6.0);
        assertThat(w.toArray()).isDeepEqualTo(new double[][] {{1, 2, 3}, {4, 5, -6}});
        assertThat(w.value()).isInstanceOf(DMatrixRMaj.class);
        assertThat(w.value().get(1, 2)).isEqualTo(-6.0);
        double[][] copy = w.toArray();
        copy[0][0] = 99;
        assertThat(w.get(0, 0)).as("toArray is a copy").isEqualTo(1.0);
        assertThat(w.gradToArray()).as("no gradient yet: zeros").isDeepEqualTo(new double[2][3]);
        w.addToGrad(0, 1, 0.5);
        assertThat(w.grad(0, 1)).isEqualTo(0.5);
    }

    @Test
    void badIndicesShapesAndConstantGradientsGetOneClearLine() {
        Tensor w = Tensor.parameter(new double[][] {{1, 2}, {3, 4}});
        assertThatThrownBy(() -> w.get(2, 0))
                .hasMessage("get: entry (2, 0) is outside this 2×2 tensor; rows run 0..1 and cols 0..1");
        assertThatThrownBy(() -> w.set(0, -1, 1.0)).hasMessageStartingWith("set: entry (0, -1) is outside");
        assertThatThrownBy(() -> Tensor.of(new double[][] {{1, 2}, {3}}))
                .hasMessage("Tensor.of: row 1 has 1 numbers but row 0 has 2; every row needs the same number");
        assertThatThrownBy(() -> Tensor.of(new double[][] {{1}}).grad(0, 0))
                .hasMessageStartingWith("grad: this 1×1 tensor is a constant and takes no gradient");
        assertThatThrownBy(() -> w.addToGrad(Tensor.of(new double[][] {{1}})))
                .hasMessage("addToGrad: tensor is 2×2 but delta is 1×1; they must have the same shape");
    }
}
