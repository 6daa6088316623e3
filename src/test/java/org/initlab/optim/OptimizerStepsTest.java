package org.initlab.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.initlab.autograd.Sum;
import org.initlab.autograd.Scale;
import org.initlab.autograd.Tensor;
import org.junit.jupiter.api.Test;

/** Two steps of each optimizer with changing gradients, against numbers worked out by hand (or in Python). */
class OptimizerStepsTest {
    /** w with gradient g: the gradient of Σ g·w. */
    private static void setGradient(Tensor w, double g) {
        w.zeroGrad();
        Sum.apply(Scale.apply(w, g)).backward();
    }

    @Test
    void adamWithItsOwnCoefficientsOverTwoSteps() {
        Tensor w = Tensor.parameter(new DMatrixRMaj(new double[][] {{1.0}}));
        Adam adam = new Adam(0.1, 0.8, 0.99, 0.5);
        setGradient(w, 1);
        adam.step(List.of(w));
        assertThat(w.value().data[0]).isCloseTo(0.9333333333333333, within(1e-15));
        setGradient(w, 3);
        adam.step(List.of(w));
        assertThat(w.value().data[0]).isCloseTo(0.8563011723373872, within(1e-15));
        assertThat(adam.name()).isEqualTo("adam(lr=0.1, beta1=0.8, beta2=0.99)");
    }

    @Test
    void nesterovOverTwoSteps() {
        Tensor w = Tensor.parameter(new DMatrixRMaj(new double[][] {{1.0}}));
        Momentum nesterov = new Momentum(0.1, 0.5, true);
        setGradient(w, 2);
        nesterov.step(List.of(w)); // v = 2, step g + μv = 3
        assertThat(w.value().data[0]).isCloseTo(0.7, within(1e-15));
        setGradient(w, -1);
        nesterov.step(List.of(w)); // v = 0.5·2 − 1 = 0, step −1 + 0 = −1
        assertThat(w.value().data[0]).isCloseTo(0.8, within(1e-15));
        assertThat(nesterov.name()).isEqualTo("nesterov(lr=0.1, mu=0.5)");
        assertThat(new Momentum(0.1, 0.5, false).name()).isEqualTo("momentum(lr=0.1, mu=0.5)");
    }

    @Test
    void parametersWithoutGradientsAreLeftAlone() {
        Tensor untouched = Tensor.parameter(new DMatrixRMaj(new double[][] {{5.0}}));
        for (Optimizer o : List.of(new Sgd(1), new Momentum(1, 0.9, false), new Adam(1))) {
            o.step(List.of(untouched));
            assertThat(untouched.value().data[0]).as(o.name()).isEqualTo(5.0);
        }
    }

    @Test
    void namedOptimizersCarryTheirSettingsAndRefuseBadOnes() {
        assertThat(Optimizers.create("momentum", 0.2, 0.3, 0.9, 0.999).name()).isEqualTo("momentum(lr=0.2, mu=0.3)");
        assertThat(Optimizers.create("Nesterov", 0.2, 0.3, 0.9, 0.999).name()).isEqualTo("nesterov(lr=0.2, mu=0.3)");
        assertThat(Optimizers.create("adam", 0.2, 0.3, 0.7, 0.8).name())
                .isEqualTo("adam(lr=0.2, beta1=0.7, beta2=0.8)");
        assertThat(Optimizers.byName("sgd", 0.2).name()).isEqualTo("sgd(lr=0.2)");
        assertThat(Optimizers.byName("momentum", 0.2).name()).isEqualTo("momentum(lr=0.2, mu=0.9)");
        assertThatThrownBy(() -> new Momentum(0.1, 1, false))
                .hasMessage("momentum: momentum must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> new Momentum(0.1, -0.1, false))
                .hasMessage("momentum: momentum must be in [0, 1), got -0.1");
        assertThat(new Momentum(0.1, 0, false).name()).isEqualTo("momentum(lr=0.1, mu=0.0)");
        assertThatThrownBy(() -> new Sgd(0)).hasMessage("sgd: learningRate must be a positive number, got 0.0");
        assertThatThrownBy(() -> new Sgd(Double.POSITIVE_INFINITY))
                .hasMessageContaining("learningRate must be a positive number");
        assertThatThrownBy(() -> new Adam(0.1, 0.9, 0.999, 0))
                .hasMessage("adam: epsilon must be a positive number, got 0.0");
    }
}
