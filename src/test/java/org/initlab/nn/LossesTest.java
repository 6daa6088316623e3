package org.initlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.initlab.autograd.Tensor;
import org.junit.jupiter.api.Test;

/** The named losses: values against hand-computed ones, predictions, output sizes and refusals. */
class LossesTest {
    @Test
    void bceFromLabelsAndItsPrediction() {
        Loss bce = Losses.byName("bce");
        Tensor logits = Tensor.of(new double[][] {{0}, {2}, {-3}});
        assertThat(bce.compute(logits, new int[] {0, 1, 1}).item()).isCloseTo(1.2895541810588866, within(1e-14));
        assertThat(bce.predict(Tensor.of(new double[][] {{0.1}, {0}, {-0.1}}))).containsExactly(1, 0, 0);
        assertThat(bce.outputSize(2)).isEqualTo(1);
        assertThat(bce.name()).isEqualTo("bce");
        assertThatThrownBy(() -> bce.outputSize(3))
                .hasMessage("bce: binary cross-entropy needs 2 classes, the data has 3");
        assertThatThrownBy(() -> bce.compute(logits, new int[] {0, 2, 1}))
                .hasMessage("bce: label 2 in row 1 is not 0 or 1");
        assertThatThrownBy(() -> bce.compute(logits, new int[] {0, -1, 1}))
                .hasMessage("bce: label -1 in row 1 is not 0 or 1");
    }

    @Test
    void softmaxAndMseWithArgmaxPredictions() {
        Loss ce = Losses.byName("softmax");
        Tensor scores = Tensor.of(new double[][] {{1, 2, 3}, {0, 0, 0}});
        assertThat(ce.compute(scores, new int[] {2, 1}).item()).isCloseTo(0.7531091265562451, within(1e-14));
        assertThat(ce.outputSize(3)).isEqualTo(3);
        assertThat(ce.name()).isEqualTo("softmax-ce");
        assertThat(ce.predict(Tensor.of(new double[][] {{1, 3, 2}, {5, 5, 1}, {0, 0, 7}}))).containsExactly(1, 0, 2);
        Loss mse = Losses.byName("mse");
        // one-hot targets: row 0 → (0, 0, 1), row 1 → (0, 1, 0); squared errors 1+4+4 and 0+1+0, over 6 entries
        assertThat(mse.compute(scores, new int[] {2, 1}).item()).isCloseTo(10.0 / 6, within(1e-15));
        assertThat(mse.name()).isEqualTo("mse");
        assertThatThrownBy(() -> mse.compute(scores, new int[] {3, 0}))
                .hasMessage("mse: label 3 in row 0 is outside [0, 3)");
        assertThatThrownBy(() -> mse.compute(scores, new int[] {-1, 0}))
                .hasMessage("mse: label -1 in row 0 is outside [0, 3)");
        assertThatThrownBy(() -> mse.compute(scores, new int[] {0}))
                .hasMessageStartingWith("mse: outputs are 2×3 but there are 1 labels");
    }

    @Test
    void namesAndTheDefaultForAClassCount() {
        assertThat(Losses.forClasses(2).name()).isEqualTo("bce");
        assertThat(Losses.forClasses(3).name()).isEqualTo("softmax-ce");
        assertThat(Losses.byName(" CE ").name()).isEqualTo("softmax-ce");
        assertThat(Losses.byName("softmax-ce").name()).isEqualTo("softmax-ce");
        assertThatThrownBy(() -> Losses.byName("bcee"))
                .hasMessage("unknown loss 'bcee' (did you mean 'bce'?); known: bce, softmax-ce, mse");
    }
}
