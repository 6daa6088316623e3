package org.initlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.initlab.activation.Identity;
import org.initlab.activation.Relu;
import org.initlab.activation.Tanh;
import org.initlab.init.Normal;
import org.initlab.theory.MeanField.Phase;
import org.initlab.theory.SignalPropagation.Trend;
import org.junit.jupiter.api.Test;

/**
 * Phases, trends and the phase map at their boundaries, on ReLU and linear networks where every figure is known by
 * hand: ReLU with σ_b² = 0 has χ₁ = σ_w²/2, critical at σ_w² = 2; a linear chain of width 1 multiplies the variance
 * by Var(W) per layer.
 */
class PhaseBoundariesTest {
    @Test
    void theReluPhaseFlipsAtWeightVarianceTwoWithAToleranceOfOneMillionth() {
        assertThat(new MeanField(new Relu(), 2.0, 0).phase()).isEqualTo(Phase.CRITICAL);
        assertThat(new MeanField(new Relu(), 2.0 + 1.9e-6, 0).phase()).isEqualTo(Phase.CRITICAL);
        assertThat(new MeanField(new Relu(), 2.0 - 1.9e-6, 0).phase()).isEqualTo(Phase.CRITICAL);
        assertThat(new MeanField(new Relu(), 2.0 + 1e-5, 0).phase()).isEqualTo(Phase.CHAOTIC);
        assertThat(new MeanField(new Relu(), 2.0 - 1e-5, 0).phase()).isEqualTo(Phase.ORDERED);
        assertThat(Phase.CHAOTIC).hasToString("chaotic");
    }

    @Test
    void depthScalesOfALinearLengthMapAndOfTheCriticalLine() {
        // ReLU, σ_w² = 1, σ_b² = 0.5: L(q) = q/2 + 1/2, q* = 1, L' = 1/2, so ξ_q = 1/ln 2; χ₁ = 1/2, so ξ_c = 1/ln 2
        MeanField ordered = new MeanField(new Relu(), 1.0, 0.5);
        assertThat(ordered.lengthSlope()).isCloseTo(0.5, within(1e-9));
        assertThat(ordered.lengthDepthScale()).isCloseTo(1 / Math.log(2), within(1e-6));
        assertThat(ordered.correlationDepthScale()).isCloseTo(1 / Math.log(2), within(1e-9));
        // σ_w² = 2, σ_b² = 0: every length is a fixed point (q* = 1), χ₁ = 1: information survives at every depth
        MeanField critical = new MeanField(new Relu(), 2.0, 0);
        assertThat(critical.fixedLength()).isEqualTo(1.0);
        assertThat(critical.correlationDepthScale()).isInfinite();
        assertThat(critical.lengthDepthScale()).isInfinite();
        // σ_w² = 3: lengths grow without bound; no correlation map at infinite length
        MeanField exploding = new MeanField(new Relu(), 3.0, 0);
        assertThat(exploding.correlationDepthScale()).isNaN();
        assertThat(exploding.correlationMap(0.5)).isNaN();
        assertThat(new MeanField(new Tanh(), 0.5, 0).correlationMap(0.5)).as("q* = 0").isNaN();
    }

    @Test
    void theChaoticSlopeIsTheSquaredMeanDerivativeWhereOddUnitsDecorrelateCompletely() {
        // tanh, σ_b² = 0, σ_w² = 4: c* = 0, so χ_c = σ_w²·E[φ'(u₁)]·E[φ'(u₂)] = 4·E[tanh'(√q*·z)]²
        MeanField m = new MeanField(new Tanh(), 4.0, 0);
        double s = Math.sqrt(m.fixedLength());
        double meanSlope = GaussianExpectation.of(z -> 1 - Math.pow(Math.tanh(s * z), 2));
        assertThat(m.chiC()).isCloseTo(4 * meanSlope * meanSlope, within(1e-6));
        assertThat(m.correlationDepthScale()).isCloseTo(-1 / Math.log(4 * meanSlope * meanSlope), within(1e-4));
    }

    @Test
    void propagatePairFollowsTheArcCosineMapForCriticalRelu() {
        // σ_w² = 2, σ_b² = 0: q stays; c₁ = (√(1 − c₀²) + (π − arccos c₀)·c₀)/π, so c₀ = 0 gives 1/π
        double[][] qc = new MeanField(new Relu(), 2.0, 0).propagatePair(3.0, 0, 2);
        assertThat(qc[0]).containsExactly(new double[] {3, 3, 3}, within(1e-12));
        assertThat(qc[1][0]).isZero();
        assertThat(qc[1][1]).isCloseTo(1 / Math.PI, within(1e-12));
        double c1 = 1 / Math.PI;
        assertThat(qc[1][2]).isCloseTo((Math.sqrt(1 - c1 * c1) + (Math.PI - Math.acos(c1)) * c1) / Math.PI,
                within(1e-12));
        // linear, σ_w² = 1.5, σ_b² = 0.5: q₁ = 1.5·2 + 0.5 = 3.5, c₁ = (1.5·2·0.2 + 0.5)/3.5
        double[][] linear = new MeanField(new Identity(), 1.5, 0.5).propagatePair(2.0, 0.2, 1);
        assertThat(linear[0][1]).isCloseTo(3.5, within(1e-12));
        assertThat(linear[1][1]).isCloseTo(1.1 / 3.5, within(1e-12));
        // a signal that dies (q = 0) counts as identical inputs
        assertThat(new MeanField(new Tanh(), 1.0, 0).propagatePair(0, 0.3, 1)[1][1]).isEqualTo(1.0);
    }

    @Test
    void phaseMapRowsCarryTheHandValuesAndAnExactCrossingOnTheGridIsKept() {
        PhaseMap map = PhaseMap.compute(new Relu(), 0, 1, 3, 3);
        assertThat(map.rows()).extracting(PhaseMap.Row::sigmaW2).containsExactly(1.0, 2.0, 3.0);
        assertThat(map.rows()).extracting(PhaseMap.Row::chi1).containsExactly(0.5, 1.0, 1.5);
        assertThat(map.rows()).extracting(PhaseMap.Row::qStar).containsExactly(0.0, 1.0, Double.POSITIVE_INFINITY);
        assertThat(map.rows().get(0).xiC()).isCloseTo(1 / Math.log(2), within(1e-12));
        assertThat(map.rows()).allSatisfy(r -> assertThat(r.sigmaB2()).isZero());
        assertThat(map.biasVariance()).isZero();
        assertThat(map.activation()).isInstanceOf(Relu.class);
        // χ₁ − 1 crosses between the rows σ_w² = 1 and 2, refined by bisection to 1e-6
        assertThat(map.criticalWeightVariance()).isCloseTo(2.0, within(1e-6));
        // a row that is exactly critical is the answer itself, with no bisection around it
        assertThat(PhaseMap.compute(new Relu(), 0, 2, 3, 2).criticalWeightVariance()).isEqualTo(2.0);
        assertThat(PhaseMap.compute(new Tanh(), 0, 2, 4, 3).criticalWeightVariance()).as("no crossing").isNaN();
    }

    @Test
    void phaseMapGridLimitsAndTheirMessages() {
        assertThat(PhaseMap.defaultSteps(0, 1)).isEqualTo(101);
        assertThat(PhaseMap.defaultSteps(0, 0.015)).isEqualTo(3);
        assertThat(PhaseMap.compute(new Relu(), 0, 1, 3, 100_000).rows()).hasSize(100_000);
        assertThatThrownBy(() -> PhaseMap.compute(new Relu(), 0, 1, 3, 100_001)).hasMessageContaining("got 100001");
        assertThatThrownBy(() -> PhaseMap.compute(new Relu(), 0, 1, 3, 1)).hasMessageContaining("--steps")
                .hasMessageContaining("got 1");
        assertThatThrownBy(() -> PhaseMap.compute(new Relu(), 0, 3, 3, 5))
                .hasMessage("--weight-var-min must be below --weight-var-max, got 3.0 and 3.0");
        assertThatThrownBy(() -> PhaseMap.compute(new Relu(), 0, -1, 3, 5)).hasMessageContaining("--weight-var-min");
        assertThatThrownBy(() -> PhaseMap.compute(new Relu(), 0, 1, Double.POSITIVE_INFINITY, 5))
                .hasMessageContaining("--weight-var-max").hasMessageContaining("Infinity");
        assertThatThrownBy(() -> new MeanField(new Relu(), 1, Double.NaN)).hasMessageContaining("σ_b²")
                .hasMessageContaining("NaN");
    }

    @Test
    void trendsAndDepthsCountOnlyRatiosStrictlyBeyondTheFactor() {
        assertThat(Trend.of(10, 10)).isEqualTo(Trend.PRESERVED);
        assertThat(Trend.of(0.1, 10)).isEqualTo(Trend.PRESERVED);
        assertThat(Trend.of(10.001, 10)).isEqualTo(Trend.EXPLODES);
        assertThat(Trend.of(0.0999, 10)).isEqualTo(Trend.VANISHES);
        assertThat(Trend.VANISHES).hasToString("vanishes");
        // a linear chain of width 1 with Var(W) = 4: pre-activation stds 2, 4, 8, 16; gradient stds 8, 4, 2, 1
        SignalPropagation growing = SignalPropagation.predict(1, List.of(1, 1, 1, 1), new Identity(),
                new Normal(0, 2), 0, 1);
        assertThat(growing.layers()).extracting(LayerPrediction::preActivationStd).containsExactly(2.0, 4.0, 8.0, 16.0);
        assertThat(growing.layers()).extracting(LayerPrediction::gradientStd).containsExactly(8.0, 4.0, 2.0, 1.0);
        assertThat(growing.forwardDepthBeyond(2)).isEqualTo(3);
        assertThat(growing.forwardDepthBeyond(8)).isEqualTo(-1);
        assertThat(growing.forwardTrend(8)).isEqualTo(Trend.PRESERVED);
        assertThat(growing.forwardTrend(7.9)).isEqualTo(Trend.EXPLODES);
        assertThat(growing.backwardTrend(8)).isEqualTo(Trend.PRESERVED);
        assertThat(growing.backwardTrend(7.9)).isEqualTo(Trend.EXPLODES);
        // Var(W) = 1/4: everything shrinks by the same factors
        SignalPropagation shrinking = SignalPropagation.predict(1, List.of(1, 1, 1, 1), new Identity(),
                new Normal(0, 0.5), 0, 1);
        assertThat(shrinking.forwardDepthBeyond(2)).isEqualTo(3);
        assertThat(shrinking.forwardTrend(8)).isEqualTo(Trend.PRESERVED);
        assertThat(shrinking.forwardTrend(7.9)).isEqualTo(Trend.VANISHES);
        assertThat(shrinking.backwardTrend(7.9)).isEqualTo(Trend.VANISHES);
        assertThat(shrinking.layers()).extracting(LayerPrediction::gradientFactor).containsOnly(0.25);
    }
}
