package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.initlab.activation.Tanh;
import org.initlab.data.Imbalance;
import org.initlab.data.ToyData;
import org.initlab.nn.Dense;
import org.junit.jupiter.api.Test;

/** Bias initializers by name, and imbalanced built-in data. */
class BiasInitializerTest {
    @Test
    void pytorchBiasUsesTheLayersFanIn() {
        Dense layer = new Dense(100, 400, new Tanh());
        layer.initialize(new Zeros(), new SplittableRandom(1), Initializers.byName("pytorch-bias"),
                new SplittableRandom(2));
        double max = 0;
        for (double b : layer.bias().value().data) {
            max = Math.max(max, Math.abs(b));
        }
        // U(±1/√100): all within 0.1 and some close to it (not U(±1), which a 1 × fanOut fill would give)
        assertThat(max).isLessThanOrEqualTo(0.1).isGreaterThan(0.09);
    }

    @Test
    void priorBiasPredictsThePriorAndRefusesImpossibleShares() {
        double b = ((Constant) Initializers.byName("prior:p=0.05")).value();
        assertThat(1 / (1 + Math.exp(-b))).isCloseTo(0.05, within(1e-12));
        assertThatThrownBy(() -> Initializers.byName("prior:p=1")).hasMessageContaining("p").hasMessageContaining("1");
        double[] logPriors = PriorBias.classLogPriors(new double[] {0.5, 0.3, 0.2});
        double z = 0;
        for (double v : logPriors) {
            z += Math.exp(v);
        }
        assertThat(Math.exp(logPriors[1]) / z).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void positiveFractionKeepsEveryNegativeAndCutsPositives() {
        var data = ToyData.circles(1000, 0.05, 1);
        var cut = Imbalance.positiveFraction(data, 0.1, 1);
        int positives = 0;
        for (int i = 0; i < cut.size(); i++) {
            positives += cut.label(i);
        }
        assertThat((double) positives / cut.size()).isCloseTo(0.1, within(0.005));
        assertThat(cut.size() - positives).isEqualTo(500);
        assertThatThrownBy(() -> Imbalance.positiveFraction(data, 0.9, 1)).hasMessageContaining("0.9");
    }
}
