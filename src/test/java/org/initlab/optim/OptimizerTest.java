package org.initlab.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.initlab.autograd.Scale;
import org.initlab.autograd.Sum;
import org.initlab.autograd.Tensor;
import org.junit.jupiter.api.Test;

/** Each optimizer's update against the same formula worked by hand. */
class OptimizerTest {
    /** A parameter w = [1, −2] whose loss 3·(w₁ + w₂) gives the gradient [3, 3]. */
    private static Tensor parameterWithGradient() {
        Tensor w = Tensor.parameter(new DMatrixRMaj(new double[][] {{1.0, -2.0}}));
        Sum.apply(Scale.apply(w, 3.0)).backward();
        return w;
    }

    @Test
    void sgdStepsAgainstTheGradient() {
        Tensor w = parameterWithGradient();
        new Sgd(0.1).step(List.of(w));
        assertThat(w.value().data).containsExactly(1.0 - 0.3, -2.0 - 0.3);
    }

    @Test
    void momentumAccumulatesVelocity() {
        Tensor w = parameterWithGradient();
        Momentum m = new Momentum(0.1, 0.9, false);
        m.step(List.of(w)); // v = 3, w = 1 − 0.3
        m.step(List.of(w)); // v = 0.9·3 + 3 = 5.7, w = 0.7 − 0.57
        assertThat(w.value().data[0]).isCloseTo(0.13, within(1e-12));
        Tensor n = parameterWithGradient();
        new Momentum(0.1, 0.9, true).step(List.of(n)); // v = 3, step g + μv = 5.7
        assertThat(n.value().data[0]).isCloseTo(1 - 0.57, within(1e-12));
    }

    @Test
    void adamsFirstStepIsTheLearningRateTimesTheSign() {
        Tensor w = parameterWithGradient();
        new Adam(0.01).step(List.of(w));
        assertThat(w.value().data[0]).isCloseTo(1.0 - 0.01, within(1e-9));
        assertThat(w.value().data[1]).isCloseTo(-2.0 - 0.01, within(1e-9));
    }

    @Test
    void clippingScalesTheGlobalNormAndReportsIt() {
        Tensor w = parameterWithGradient();
        double norm = GradientClipping.clipGlobalNorm(List.of(w), 1.0);
        assertThat(norm).isCloseTo(Math.sqrt(18), within(1e-12));
        assertThat(w.grad().data[0]).isCloseTo(1 / Math.sqrt(2), within(1e-12));
        assertThat(GradientClipping.clipGlobalNorm(List.of(w), 10.0)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void badSettingsAreRefusedWithTheirValues() {
        assertThatThrownBy(() -> new Sgd(-1)).hasMessage("sgd: learningRate must be a positive number, got -1.0");
        assertThatThrownBy(() -> new Momentum(0.1, 1.0, false))
                .hasMessage("momentum: momentum must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> Optimizers.byName("rmsprop", 0.1)).hasMessageContaining("unknown optimizer 'rmsprop'");
    }
}
