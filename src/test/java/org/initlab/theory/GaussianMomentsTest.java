package org.initlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.initlab.activation.Activation;
import org.initlab.activation.Identity;
import org.initlab.activation.LeakyRelu;
import org.initlab.activation.Relu;
import org.initlab.activation.Sigmoid;
import org.initlab.activation.Tanh;
import org.junit.jupiter.api.Test;

/**
 * E[φ(√q·z)], E[φ(√q·z)²] and E[φ'(√q·z)²] for z ~ N(0, 1): closed forms where they exist, and for the rest a
 * plain midpoint-rule integral over [−12, 12] (an independent method from the library's quadrature).
 */
class GaussianMomentsTest {
    private static double integral(DoubleUnaryOperator f) {
        int n = 200_000;
        double h = 24.0 / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double z = -12 + (i + 0.5) * h;
            sum += f.applyAsDouble(z) * Math.exp(-z * z / 2);
        }
        return sum * h / Math.sqrt(2 * Math.PI);
    }

    @Test
    void closedFormsForPiecewiseLinearActivations() {
        double q = 4;
        assertThat(GaussianMoments.mean(new Relu(), q)).isCloseTo(2 / Math.sqrt(2 * Math.PI), within(1e-15));
        assertThat(GaussianMoments.secondMoment(new Relu(), q)).isEqualTo(2.0);
        assertThat(GaussianMoments.derivativeSecondMoment(new Relu(), q)).isEqualTo(0.5);
        assertThat(GaussianMoments.mean(new Identity(), q)).isZero();
        assertThat(GaussianMoments.secondMoment(new Identity(), q)).isEqualTo(4.0);
        assertThat(GaussianMoments.derivativeSecondMoment(new Identity(), q)).isEqualTo(1.0);
        LeakyRelu leaky = new LeakyRelu(0.5);
        assertThat(GaussianMoments.mean(leaky, q)).isCloseTo(0.5 * 2 / Math.sqrt(2 * Math.PI), within(1e-15));
        assertThat(GaussianMoments.secondMoment(leaky, q)).isCloseTo(1.25 * 2, within(1e-15));
        assertThat(GaussianMoments.derivativeSecondMoment(leaky, q)).isCloseTo(1.25 / 2, within(1e-15));
    }

    @Test
    void smoothActivationsMatchAnIndependentIntegral() {
        for (Activation phi : new Activation[] {new Tanh(), new Sigmoid()}) {
            for (double q : new double[] {0.25, 1, 9}) {
                double s = Math.sqrt(q);
                assertThat(GaussianMoments.mean(phi, q)).as(phi.name() + " mean, q=" + q)
                        .isCloseTo(integral(z -> phi.apply(s * z)), within(1e-8));
                assertThat(GaussianMoments.secondMoment(phi, q)).as(phi.name() + " second moment, q=" + q)
                        .isCloseTo(integral(z -> Math.pow(phi.apply(s * z), 2)), within(1e-8));
                assertThat(GaussianMoments.derivativeSecondMoment(phi, q)).as(phi.name() + " E[φ'²], q=" + q)
                        .isCloseTo(integral(z -> Math.pow(phi.derivative(s * z, phi.apply(s * z)), 2)), within(1e-8));
            }
        }
        assertThat(GaussianMoments.mean(new Sigmoid(), 1)).isCloseTo(0.5, within(1e-12));
    }
}
