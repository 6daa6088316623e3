package org.initlab.autograd;

import java.util.ArrayList;
import org.ejml.data.DMatrixRMaj;
import org.initlab.fast.Affine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.initlab.activation.Tanh;
import org.initlab.init.XavierNormal;
import org.initlab.nn.BatchNormalization;
import org.initlab.nn.LayerNormalization;
import org.initlab.nn.ResidualBlock;
import org.junit.jupiter.api.Test;

/** Batch norm, layer norm and a residual block against central finite differences, like every other op. */
class NormalizationGradientTest {
    private static final double TOLERANCE = 1e-6;
    private final SplittableRandom random = new SplittableRandom(20261130);

    private double check(Supplier<Tensor> out, List<Tensor> parameters, int rows, int cols) {
        Tensor r = GradientCheck.randomProjection(rows, cols, random);
        return GradientCheck.maxRelativeError(() -> Sum.apply(Multiply.apply(out.get(), r)), parameters);
    }

    @Test
    void batchNormInTraining() {
        Tensor x = GradientCheck.randomParameter(5, 4, random, -1.5, 1.5);
        Tensor gamma = GradientCheck.randomParameter(1, 4, random, 0.5, 1.5);
        Tensor beta = GradientCheck.randomParameter(1, 4, random, -1, 1);
        double[] mean = new double[4];
        double[] variance = new double[4];
        assertThat(check(() -> BatchNorm.train(x, gamma, beta, 1e-5, mean, variance), List.of(x, gamma, beta), 5, 4))
                .isLessThan(TOLERANCE);
    }

    @Test
    void batchNormInEvaluation() {
        Tensor x = GradientCheck.randomParameter(3, 4, random, -1.5, 1.5);
        Tensor gamma = GradientCheck.randomParameter(1, 4, random, 0.5, 1.5);
        Tensor beta = GradientCheck.randomParameter(1, 4, random, -1, 1);
        double[] mean = {0.1, -0.2, 0.3, 0};
        double[] variance = {1, 2, 0.5, 1.5};
        assertThat(check(() -> BatchNorm.evaluate(x, gamma, beta, 1e-5, mean, variance), List.of(x, gamma, beta), 3, 4))
                .isLessThan(TOLERANCE);
    }

    @Test
    void batchNormOutputHasZeroMeanAndUnitVariancePerColumnBeforeGammaAndBeta() {
        Tensor x = GradientCheck.randomParameter(50, 3, random, -4, 9);
        Tensor one = Tensor.parameter(new DMatrixRMaj(new double[][] {{1, 1, 1}}));
        Tensor zero = Tensor.parameter(1, 3);
        Tensor y = BatchNorm.train(x, one, zero, 0, new double[3], new double[3]);
        for (int j = 0; j < 3; j++) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < 50; i++) {
                sum += y.get(i, j);
                squares += y.get(i, j) * y.get(i, j);
            }
            assertThat(sum / 50).isCloseTo(0, within(1e-12));
            assertThat(squares / 50).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void layerNorm() {
        Tensor x = GradientCheck.randomParameter(3, 5, random, -1.5, 1.5);
        Tensor gamma = GradientCheck.randomParameter(1, 5, random, 0.5, 1.5);
        Tensor beta = GradientCheck.randomParameter(1, 5, random, -1, 1);
        assertThat(check(() -> LayerNorm.apply(x, gamma, beta, 1e-5), List.of(x, gamma, beta), 3, 5))
                .isLessThan(TOLERANCE);
    }

    @Test
    void residualBlockXPlusScaledF() {
        Tensor x = GradientCheck.randomParameter(3, 4, random, -1.5, 1.5);
        Tensor w = GradientCheck.randomParameter(4, 4, random, -1, 1);
        Tensor b = GradientCheck.randomParameter(1, 4, random, -1, 1);
        // x + (1/√L)·tanh(x·W + b), L = 9
        Supplier<Tensor> block = () -> Add.apply(x,
                Scale.apply(Activate.apply(Affine.apply(x, w, b), new Tanh()), 1 / 3.0));
        assertThat(check(block, List.of(x, w, b), 3, 4)).isLessThan(TOLERANCE);
    }

    @Test
    void residualBlockLayerAndNormalizationLayers() {
        ResidualBlock block = new ResidualBlock(4, new Tanh(), 0.5);
        block.initialize(new XavierNormal(1), false, new SplittableRandom(1), new SplittableRandom(2));
        for (Tensor p : block.parameters()) {
            for (int i = 0; i < p.value().data.length; i++) {
                p.value().data[i] += 0.1 * random.nextGaussian();
            }
        }
        Tensor x = GradientCheck.randomParameter(3, 4, random, -1.5, 1.5);
        List<Tensor> parameters = new ArrayList<>(block.parameters());
        parameters.add(x);
        assertThat(check(() -> block.forward(x), parameters, 3, 4)).isLessThan(TOLERANCE);
        LayerNormalization ln = new LayerNormalization(4);
        assertThat(check(() -> ln.forward(x), List.of(x), 3, 4)).isLessThan(TOLERANCE);
    }

    @Test
    void zeroInitializedLastLayerMakesTheBlockTheIdentity() {
        ResidualBlock block = new ResidualBlock(4, new Tanh(), 1);
        block.initialize(new XavierNormal(1), true, new SplittableRandom(1), new SplittableRandom(2));
        Tensor x = GradientCheck.randomParameter(3, 4, random, -1.5, 1.5);
        assertThat(block.forward(x).value().data).containsExactly(x.value().data);
    }

    @Test
    void batchNormalizationLayerKeepsRunningAveragesForEvaluation() {
        BatchNormalization bn = new BatchNormalization(2, 1, 1.0);
        Tensor x = Tensor.of(new double[][] {{1, 10}, {3, 30}});
        bn.forward(x, true);
        assertThat(bn.runningMean()).containsExactly(2, 20);
        // unbiased: ((1−2)² + (3−2)²)/(2 − 1) = 2
        assertThat(bn.runningVariance()[0]).isCloseTo(2, within(1e-12));
        Tensor y = bn.forward(Tensor.of(new double[][] {{2, 20}}), false);
        assertThat(y.value().data[0]).isCloseTo(0, within(1e-12));
    }
}
