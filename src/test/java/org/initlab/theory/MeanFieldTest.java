package org.initlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.initlab.activation.Activation;
import org.initlab.activation.Activations;
import org.initlab.activation.Relu;
import org.initlab.activation.Tanh;
import org.junit.jupiter.api.Test;

/**
 * The edge of chaos against published values. Poole et al. 2016 and Schoenholz et al. 2017 (Fig. 1, and the σ_b² = 0.05
 * line of their trainability experiments, Fig. 5/6) place the tanh critical point at σ_w² = 1 for σ_b² = 0 and at
 * σ_w² ≈ 1.76 for σ_b² = 0.05; for ReLU with σ_b² = 0 the critical point is σ_w² = 2 exactly (He's variance).
 */
class MeanFieldTest {
    @Test
    void tanhWithoutBiasesIsCriticalAtWeightVarianceOne() {
        assertThat(MeanField.criticalWeightVariance(new Tanh(), 0, 0.1, 4, 1e-6)).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void tanhWithBiasVariance005IsCriticalNear176AsInSchoenholzEtAl() {
        assertThat(MeanField.criticalWeightVariance(new Tanh(), 0.05, 0.1, 4, 1e-6)).isCloseTo(1.76, within(0.01));
    }

    @Test
    void reluWithoutBiasesIsCriticalAtHesVariance() {
        assertThat(MeanField.criticalWeightVariance(new Relu(), 0, 0.1, 4, 1e-6)).isCloseTo(2.0, within(1e-4));
    }

    @Test
    void theCriticalLineOfTanhRisesWithTheBiasVariance() {
        double previous = 0;
        for (double b : new double[] {0, 0.05, 0.1, 0.2, 0.3}) {
            double c = MeanField.criticalWeightVariance(new Tanh(), b, 0.1, 10, 1e-5);
            assertThat(c).as("σ_b² = " + b).isGreaterThan(previous);
            previous = c;
        }
        assertThat(previous).as("σ_b² = 0.3").isBetween(2.3, 2.7);
    }

    @Test
    void reluFixedLengthHasItsClosedForm() {
        // L(q) = σ_w²·q/2 + σ_b², so q* = σ_b²/(1 − σ_w²/2)
        assertThat(new MeanField(new Relu(), 1.0, 0.5).fixedLength()).isCloseTo(1.0, within(1e-9));
        assertThat(new MeanField(new Relu(), 3.0, 0.1).fixedLength()).isInfinite();
        assertThat(new MeanField(new Tanh(), 0.5, 0).fixedLength()).isZero();
    }

    @Test
    void theFixedLengthIsAFixedPointAndChi1IsTheSlopeOfTheCorrelationMapAtOne() {
        MeanField m = new MeanField(new Tanh(), 1.5, 0.05);
        double q = m.fixedLength();
        assertThat(m.lengthMap(q)).isCloseTo(q, within(1e-10));
        assertThat(m.correlationMap(1)).isCloseTo(1.0, within(1e-6));
        double h = 1e-3;
        double slope = (m.correlationMap(1) - m.correlationMap(1 - h)) / h;
        assertThat(slope).isCloseTo(m.chi1(), within(5e-3));
    }

    @Test
    void orderedPhaseConvergesToOneChaoticPhaseToALowerFixedPoint() {
        assertThat(new MeanField(new Tanh(), 1.0, 0.05).fixedCorrelation()).isEqualTo(1.0);
        MeanField chaotic = new MeanField(new Tanh(), 4.0, 0.05);
        double c = chaotic.fixedCorrelation();
        assertThat(c).isBetween(0.05, 0.5);
        assertThat(chaotic.correlationMap(c)).isCloseTo(c, within(1e-8));
        // odd activation, zero biases: the map sends 0 to 0
        assertThat(new MeanField(new Tanh(), 4.0, 0).fixedCorrelation()).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void theCorrelationDepthScaleDivergesAtTheEdgeOfChaos() {
        double critical = MeanField.criticalWeightVariance(new Tanh(), 0.05, 0.1, 4, 1e-7);
        double near = new MeanField(new Tanh(), critical * 1.001, 0.05).correlationDepthScale();
        double ordered = new MeanField(new Tanh(), 1.0, 0.05).correlationDepthScale();
        double chaotic = new MeanField(new Tanh(), 4.0, 0.05).correlationDepthScale();
        assertThat(near).isGreaterThan(100);
        assertThat(ordered).isBetween(1.0, 10.0);
        assertThat(chaotic).isBetween(1.0, 20.0);
        // ordered phase: ξ_c = −1/ln χ₁
        MeanField m = new MeanField(new Tanh(), 1.0, 0.05);
        assertThat(ordered).isCloseTo(-1 / Math.log(m.chi1()), within(1e-9));
    }

    @Test
    void reluPairMomentsMatchTheArcCosineKernelNumerically() {
        Activation hidden = new Activation() {
            public String name() {
                return "relu (numeric)";
            }

            public double apply(double z) {
                return Math.max(0, z);
            }

            public double derivative(double z, double a) {
                return z > 0 ? 1 : 0;
            }

            public double gain() {
                return Math.sqrt(2);
            }
        };
        for (double c : new double[] {-0.5, 0, 0.3, 0.9}) {
            assertThat(PairMoments.product(hidden, 2.0, c)).isCloseTo(PairMoments.product(new Relu(), 2.0, c),
                    within(2e-3));
        }
    }

    @Test
    void phaseMapLocatesTheCriticalPointAndRefusesNegativeVariances() {
        PhaseMap map = PhaseMap.compute(Activations.byName("tanh"), 0, 0.1, 4, 40);
        assertThat(map.rows()).hasSize(40);
        assertThat(map.criticalWeightVariance()).isCloseTo(1.0, within(1e-3));
        assertThat(PhaseMap.defaultSteps(0.1, 4)).isEqualTo(391);
        assertThatThrownBy(() -> PhaseMap.compute(new Tanh(), -0.1, 0.1, 4, 10))
                .hasMessageContaining("--bias-var").hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new MeanField(new Tanh(), -1, 0)).hasMessageContaining("-1");
    }
}
