package org.initlab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.initlab.activation.Identity;
import org.initlab.activation.Relu;
import org.initlab.activation.Tanh;
import org.initlab.init.HeNormal;
import org.initlab.init.FanMode;
import org.initlab.init.LecunNormal;
import org.initlab.init.Orthogonal;
import org.junit.jupiter.api.Test;

/** Dynamical isometry, measured: orthogonal deep linear networks are exact isometries, Gaussian ones spread. */
class InputOutputJacobianTest {
    @Test
    void orthogonalDeepLinearNetworkHasEverySingularValueOne() {
        InputOutputJacobian.Result r = InputOutputJacobian.measure(new Identity(), new Orthogonal(1), 20, 64, 3);
        for (double s : r.singularValues()) {
            assertThat(s).isCloseTo(1.0, within(1e-9));
        }
        assertThat(r.spread()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void gaussianDeepLinearNetworkKeepsTheMeanSquareButSpreadsWithDepth() {
        InputOutputJacobian.Result shallow = InputOutputJacobian.measure(new Identity(), new LecunNormal(), 2, 64, 3);
        InputOutputJacobian.Result deep = InputOutputJacobian.measure(new Identity(), new LecunNormal(), 20, 64, 3);
        assertThat(deep.meanSquare()).isBetween(0.3, 3.0);
        assertThat(deep.spread()).isGreaterThan(100 * shallow.spread());
        assertThat(deep.middleSpread()).isGreaterThan(10 * shallow.middleSpread());
    }

    @Test
    void reluIsNotIsometricEvenWithHeScaling() {
        InputOutputJacobian.Result r = InputOutputJacobian.measure(new Relu(), new HeNormal(FanMode.FAN_IN, 0), 10, 64,
                3);
        assertThat(r.spread()).isGreaterThan(100);
        InputOutputJacobian.Result orth = InputOutputJacobian.measure(new Relu(),
                new Orthogonal(Math.sqrt(2)), 10, 64, 3);
        assertThat(orth.spread()).isGreaterThan(100);
    }

    @Test
    void tanhNearCriticalityWithOrthogonalWeightsComesClose() {
        // σ_w² = 1, σ_b² = 0 is tanh's critical point; a small input keeps q small, where tanh is nearly linear
        InputOutputJacobian.Result orth = InputOutputJacobian.measure(new Tanh(), new Orthogonal(1), 20, 64, 0.01, 3);
        InputOutputJacobian.Result gauss = InputOutputJacobian.measure(new Tanh(), new LecunNormal(), 20, 64, 0.01, 3);
        InputOutputJacobian.Result large = InputOutputJacobian.measure(new Tanh(), new Orthogonal(1), 20, 64, 1.0, 3);
        assertThat(orth.spread()).isLessThan(10);
        assertThat(gauss.spread()).isGreaterThan(10 * orth.spread());
        assertThat(large.spread()).isGreaterThan(10 * orth.spread());
    }

    @Test
    void refusesDepthZeroAndTooWideJacobians() {
        assertThatThrownBy(() -> InputOutputJacobian.measure(new Tanh(), new Orthogonal(1), 0, 8, 1))
                .hasMessageContaining("--depth").hasMessageContaining("0");
        assertThatThrownBy(() -> InputOutputJacobian.measure(new Tanh(), new Orthogonal(1), 2, 5000, 1))
                .hasMessageContaining("--width").hasMessageContaining("5000");
    }
}
