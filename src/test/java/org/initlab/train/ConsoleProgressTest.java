package org.initlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.initlab.activation.Tanh;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.init.XavierNormal;
import org.initlab.init.Zeros;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Sgd;
import org.junit.jupiter.api.Test;

/** Line per epoch in a file or pipe; on a terminal the bar is drawn in place and leaves exactly those lines. */
class ConsoleProgressTest {
    private static final int EPOCHS = 3;

    /** What training with 63 steps per epoch prints (1000 circles, 75% for training, batch 12). */
    private static String run(boolean terminal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        TrainTest data = ToyData.circles(1000, 0.05, 3).split(0.25, 3);
        Mlp net = new Mlp(2, List.of(8), 1, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 3);
        new Trainer(net, Losses.binaryCrossEntropy(), new Sgd(0.1), new TrainingConfig(EPOCHS, 12, 3))
                .listen(new ConsoleProgress(out, "circles", EPOCHS, terminal)).fit(data);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The text a terminal shows: '\r' returns to the line's start, later characters overwrite earlier ones. */
    private static List<String> asOnATerminal(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int column = 0;
            for (char c : raw.toCharArray()) {
                if (c == '\r') {
                    column = 0;
                } else if (column < line.length()) {
                    line.setCharAt(column++, c);
                } else {
                    line.append(c);
                    column++;
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static List<String> withoutSpeed(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("\\(\\d+ steps/s\\)", "(N steps/s)")).toList();
    }

    @Test
    void withoutATerminalEachEpochIsOnePlainLine() {
        String text = run(false);
        assertThat(text).doesNotContain("\r").doesNotContain("[");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(2 + EPOCHS);
        assertThat(lines.get(0)).isEqualTo("  circles  2 → 8 → 1 (tanh)");
        for (int e = 0; e <= EPOCHS; e++) {
            assertThat(lines.get(1 + e)).startsWith(String.format(Locale.ROOT,
                    "  epoch %3d/%d  train loss ", e, EPOCHS));
        }
    }

    @Test
    void onATerminalTheBarIsDrawnInPlaceAndWipedLeavingTheSameLines() {
        String drawn = run(true);
        assertThat(drawn).contains("\r  epoch 1/3").contains("/63 (").contains("steps  loss ");
        assertThat(withoutSpeed(asOnATerminal(drawn))).isEqualTo(withoutSpeed(asOnATerminal(run(false))));
    }
}
