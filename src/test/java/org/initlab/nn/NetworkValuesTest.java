package org.initlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.initlab.activation.Relu;
import org.initlab.activation.Tanh;
import org.initlab.autograd.Tensor;
import org.initlab.init.Constant;
import org.initlab.init.Lsuv;
import org.initlab.init.Zeros;
import org.junit.jupiter.api.Test;

/** A dense layer and a small network computed by hand: x·W + b, then φ, layer after layer. */
class NetworkValuesTest {
    @Test
    void aDenseLayerComputesActivationOfXTimesWPlusB() {
        Dense layer = new Dense(2, 3, new Relu(), false);
        layer.initialize(new Constant(0.5), null, new Constant(-1), null);
        Tensor out = layer.forward(Tensor.of(new double[][] {{1, 2}, {4, -1}}));
        // z = 0.5·(x1 + x2) − 1: 0.5 and 0.5; relu keeps both
        assertThat(out.value().data).containsExactly(0.5, 0.5, 0.5, 0.5, 0.5, 0.5);
        assertThat(layer.lastPreActivation().value().data).containsExactly(0.5, 0.5, 0.5, 0.5, 0.5, 0.5);
        Tensor negative = layer.forward(Tensor.of(new double[][] {{-2, 0}}));
        assertThat(layer.lastPreActivation().value().data).containsExactly(-2, -2, -2);
        assertThat(negative.value().data).containsExactly(0, 0, 0);
        assertThat(layer.lastInput().value().data).containsExactly(-2, 0);
        assertThat(layer.toString()).isEqualTo("Dense 2→3 relu");
        assertThat(layer.parameters()).containsExactly(layer.weights(), layer.bias());
        assertThatThrownBy(() -> layer.forward(Tensor.of(new double[][] {{1, 2, 3}})))
                .hasMessage("dense 2→3: input is 1×3 but the layer takes 2 features per row");
        assertThatThrownBy(() -> new Dense(0, 3, new Relu()))
                .hasMessage("dense: fanIn and fanOut must be positive, got fanIn=0, fanOut=3");
        assertThatThrownBy(() -> new Dense(3, 0, new Relu())).hasMessageContaining("fanOut=0");
    }

    @Test
    void aNetworkChainsItsLayersWithALinearOutput() {
        Mlp net = new Mlp(2, List.of(2), 1, new Tanh()).initialize(new Constant(1), new Constant(0.5), 3);
        Tensor out = net.forwardNoGrad(Tensor.of(new double[][] {{0.25, -0.5}}));
        double hidden = Math.tanh(0.25 - 0.5 + 0.5);
        assertThat(out.item()).isCloseTo(2 * hidden + 0.5, within(1e-15));
        assertThat(net.toString()).isEqualTo("2 → 2 → 1 (tanh)");
        assertThat(net.hiddenLayers()).hasSize(1);
        assertThat(net.outputLayer().activation().name()).isEqualTo("identity");
        assertThat(net.hiddenActivation().name()).isEqualTo("tanh");
        assertThat(net.parameters()).hasSize(4);
        Tensor loss = Losses.meanSquaredError().compute(net.forward(Tensor.of(new double[][] {{1, 1}})), new int[] {0});
        loss.backward();
        assertThat(net.outputLayer().bias().grad().data[0]).isNotZero();
        net.zeroGrad();
        for (Tensor p : net.parameters()) {
            assertThat(p.grad() == null || Arrays.stream(p.grad().data).allMatch(g -> g == 0)).isTrue();
        }
    }

    @Test
    void shapesAndDataDependentInitializersAreChecked() {
        assertThat(Mlp.uniform(3, 2, 4, 1, new Relu()).toString()).isEqualTo("3 → 4 → 4 → 1 (relu)");
        assertThat(Mlp.uniform(3, 0, 4, 2, new Relu()).layers()).hasSize(1);
        assertThatThrownBy(() -> Mlp.uniform(3, -1, 4, 1, new Relu()))
                .hasMessage("mlp: depth must be 0 or more, got -1");
        assertThatThrownBy(() -> new Mlp(0, List.of(2), 1, new Relu())).hasMessageContaining("inputSize=0");
        assertThatThrownBy(() -> new Mlp(2, List.of(2), 0, new Relu())).hasMessageContaining("outputSize=0");
        assertThatThrownBy(() -> new Mlp(2, List.of(2, 0), 1, new Relu()))
                .hasMessage("mlp: hidden layer 2 has width 0; widths must be positive");
        Mlp net = new Mlp(2, List.of(2), 1, new Relu());
        assertThatThrownBy(() -> net.initialize(new Lsuv(0.1, 10), new Zeros(), 1))
                .hasMessageStartingWith("lsuv is data-dependent: it needs a batch of inputs");
    }
}
