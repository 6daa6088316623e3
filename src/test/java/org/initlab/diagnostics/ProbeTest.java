package org.initlab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.initlab.activation.Activations;
import org.initlab.init.Initializers;
import org.initlab.nn.Dense;
import org.initlab.nn.Mlp;
import org.junit.jupiter.api.Test;

/** A probe of a fresh network: what each hidden layer holds afterwards, and the theory beside it. */
class ProbeTest {
    @Test
    void everyHiddenLayerIsMeasuredWithTheTheoryBesideIt() {
        Probe.Result r = Probe.run(Activations.byName("tanh"), Initializers.byName("xavier-normal"), 3, 16, 50, 2);
        assertThat(r.layers()).hasSize(3);
        assertThat(r.activations()).hasSize(3);
        assertThat(r.activations().get(2)).hasSize(50 * 16);
        assertThat(r.theory()).isNotNull();
        assertThat(r.theory().layers()).hasSize(3);
        assertThat(r.theoryNote()).isEmpty();
        Dense second = r.network().hiddenLayers().get(1);
        assertThat(r.activations().get(1)).containsExactly(second.lastActivation().value().data);
        assertThat(r.layers().get(1).get(Metric.ACT_STD))
                .isCloseTo(Stats.of(second.lastActivation().value().data).std(), within(1e-12));
    }

    @Test
    void theInputIsUnitGaussianAndTheSignalSentBackIsTooSoLayerOneSeesBoth() {
        Mlp net = Probe.pass(Activations.byName("linear"), Initializers.byName("orthogonal"), 2, 64, 400, 5);
        // an orthogonal linear layer keeps the input's spread: std ≈ 1 over 400 × 64 unit normals
        Dense top = net.hiddenLayers().get(1);
        assertThat(Stats.of(top.lastActivation().value().data).std()).isCloseTo(1.0, within(0.03));
        assertThat(Stats.of(top.lastActivation().grad().data).std()).isCloseTo(1.0, within(0.03));
        assertThat(Stats.of(net.hiddenLayers().get(0).lastActivation().grad().data).std()).isCloseTo(1.0, within(0.03));
    }

    @Test
    void aDataDependentInitializerSeesTheProbeBatch() {
        Probe.Result r = Probe.run(Activations.byName("tanh"), Initializers.byName("lsuv"), 4, 32, 200, 1);
        for (int l = 0; l < 4; l++) {
            assertThat(r.layers().get(l).get(Metric.PREACT_STD)).as("LSUV makes every layer's output std 1")
                    .isCloseTo(1.0, within(0.05));
        }
    }

    @Test
    void aProbeNeedsAtLeastOneLayerUnitAndExample() {
        String message = "probe: depth, width and batch must be at least 1, got depth=%d, width=%d, batch=%d";
        assertThatThrownBy(() -> Probe.pass(Activations.byName("tanh"), Initializers.byName("he-normal"), 0, 4, 4, 1))
                .hasMessage(message.formatted(0, 4, 4));
        assertThatThrownBy(() -> Probe.pass(Activations.byName("tanh"), Initializers.byName("he-normal"), 2, 0, 4, 1))
                .hasMessage(message.formatted(2, 0, 4));
        assertThatThrownBy(() -> Probe.pass(Activations.byName("tanh"), Initializers.byName("he-normal"), 2, 4, 0, 1))
                .hasMessage(message.formatted(2, 4, 0));
        assertThat(Probe.pass(Activations.byName("tanh"), Initializers.byName("he-normal"), 1, 1, 1, 1).hiddenLayers())
                .hasSize(1);
    }
}
