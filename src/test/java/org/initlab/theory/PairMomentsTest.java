package org.initlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.initlab.activation.Activation;
import org.initlab.activation.Identity;
import org.initlab.activation.LeakyRelu;
import org.initlab.activation.Relu;
import org.junit.jupiter.api.Test;

/** The arc-cosine kernel's closed forms at the correlations where they are known by hand, and the clamp of c. */
class PairMomentsTest {
    /** Leaky ReLU computed by the generic quadrature: not an instance of LeakyRelu, so no closed form applies. */
    private static Activation numeric(double slope) {
        return new Activation() {
            public String name() {
                return "leaky (numeric)";
            }

            public double apply(double z) {
                return z > 0 ? z : slope * z;
            }

            public double derivative(double z, double a) {
                return z > 0 ? 1 : slope;
            }

            public double gain() {
                return 1;
            }
        };
    }

    @Test
    void linearUnitsPassTheCovarianceThroughUnchanged() {
        assertThat(PairMoments.product(new Identity(), 3.0, 0.4)).isCloseTo(1.2, within(1e-15));
        assertThat(PairMoments.derivativeProduct(new Identity(), 3.0, -0.7)).isEqualTo(1.0);
    }

    @Test
    void reluAtIdenticalOrthogonalAndOppositeInputs() {
        double q = 2.0;
        // c = 1: E[relu(u)²] = q/2; c = 0: E[relu(u)]² = q/(2π); c = −1: one of the two is always cut to 0
        assertThat(PairMoments.product(new Relu(), q, 1)).isCloseTo(q / 2, within(1e-15));
        assertThat(PairMoments.product(new Relu(), q, 0)).isCloseTo(q / (2 * Math.PI), within(1e-15));
        assertThat(PairMoments.product(new Relu(), q, -1)).isCloseTo(0, within(1e-15));
        // P(both positive): 1/2, 1/4, 0
        assertThat(PairMoments.derivativeProduct(new Relu(), q, 1)).isCloseTo(0.5, within(1e-15));
        assertThat(PairMoments.derivativeProduct(new Relu(), q, 0)).isCloseTo(0.25, within(1e-15));
        assertThat(PairMoments.derivativeProduct(new Relu(), q, -1)).isCloseTo(0, within(1e-15));
    }

    @Test
    void correlationsOutsideMinusOneToOneAreClampedToTheEnds() {
        assertThat(PairMoments.product(new Relu(), 2.0, 1.5)).isEqualTo(PairMoments.product(new Relu(), 2.0, 1));
        assertThat(PairMoments.product(new Relu(), 2.0, -3)).isEqualTo(PairMoments.product(new Relu(), 2.0, -1));
        assertThat(PairMoments.derivativeProduct(new Relu(), 2.0, 1.5)).isEqualTo(0.5);
        assertThat(PairMoments.product(new Identity(), 2.0, 1.5)).isEqualTo(2.0);
    }

    @Test
    void leakyReluClosedFormsAgreeWithTheQuadratureAndWithTheirOwnValuesByHand() {
        LeakyRelu leaky = new LeakyRelu(0.5);
        // c = 1: E[φ²] = (1 + a²)q/2 = 1.25 for q = 2; E[φ'²] = (1 + a²)/2 = 0.625
        assertThat(PairMoments.product(leaky, 2.0, 1)).isCloseTo(1.25, within(1e-12));
        assertThat(PairMoments.derivativeProduct(leaky, 2.0, 1)).isCloseTo(0.625, within(1e-12));
        // c = 0: E[φ]² = ((1 − a)√(q/2π))² = 0.25·2/(2π); E[φ']² = ((1 + a)/2)² = 0.5625
        assertThat(PairMoments.product(leaky, 2.0, 0)).isCloseTo(0.25 / Math.PI, within(1e-12));
        assertThat(PairMoments.derivativeProduct(leaky, 2.0, 0)).isCloseTo(0.5625, within(1e-12));
        for (double c : new double[] {-0.6, 0.3, 0.8}) {
            assertThat(PairMoments.product(leaky, 2.0, c)).as("c = " + c)
                    .isCloseTo(PairMoments.product(numeric(0.5), 2.0, c), within(2e-3));
            assertThat(PairMoments.derivativeProduct(leaky, 2.0, c)).as("c = " + c)
                    .isCloseTo(PairMoments.derivativeProduct(numeric(0.5), 2.0, c), within(1e-2));
        }
    }
}
