package org.initlab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.initlab.activation.Tanh;
import org.initlab.nn.Mlp;
import org.junit.jupiter.api.Test;

/** The progress lines exactly as a user reads them, fed by hand-made events rather than a training run. */
class ConsoleProgressLinesTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final Mlp net = new Mlp(2, List.of(8), 1, new Tanh());

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static StepContext step(int step, int epoch, double loss, int stepsPerEpoch) {
        return new StepContext(step, epoch, loss, null, null, stepsPerEpoch);
    }

    @Test
    void theHeadingAndEpochZeroShowLossesToFourDigitsAndAccuracyInPercent() {
        new ConsoleProgress(out, "circles", 20, false).onStart(net, new EpochRecord(0, 0.693147, 0.5, 0.70123, 0.4875));
        assertThat(text().lines().toList()).containsExactly(
                "  circles  2 → 8 → 1 (tanh)",
                "  epoch   0/20  train loss 0.6931    test loss 0.7012    test acc  48.8%");
    }

    @Test
    void everyTenthOfTheRunIsPrintedAndAlwaysTheLastEpoch() {
        ConsoleProgress progress = new ConsoleProgress(out, "xor", 25, false);
        progress.onStart(net, new EpochRecord(0, 1, 0, 1, 0));
        for (int e = 1; e <= 25; e++) {
            progress.afterUpdate(step(e, e, 0.5, 1));
            progress.onEpochEnd(new EpochRecord(e, 0.25, 0.9, 0.125, 0.875));
        }
        List<String> epochs = text().lines().skip(2).map(l -> l.substring(0, 15)).toList();
        // 25 epochs: every 2nd (25/10 = 2), and epoch 25
        assertThat(epochs).containsExactly("  epoch   2/25 ", "  epoch   4/25 ", "  epoch   6/25 ", "  epoch   8/25 ",
                "  epoch  10/25 ", "  epoch  12/25 ", "  epoch  14/25 ", "  epoch  16/25 ", "  epoch  18/25 ",
                "  epoch  20/25 ", "  epoch  22/25 ", "  epoch  24/25 ", "  epoch  25/25 ");
        assertThat(text().lines().skip(2).findFirst().orElseThrow())
                .matches("  epoch   2/25  train loss 0\\.2500    test loss 0\\.1250    "
                        + "test acc  87\\.5%  \\(\\d+ steps/s\\)");
    }

    @Test
    void aShortRunPrintsEveryEpoch() {
        ConsoleProgress progress = new ConsoleProgress(out, "xor", 3, false);
        for (int e = 1; e <= 3; e++) {
            progress.onEpochEnd(new EpochRecord(e, 0.25, 0.9, 0.125, 0.875));
        }
        assertThat(text().lines().count()).isEqualTo(3);
    }

    @Test
    void theSpeedCountsStepsPerSecondSinceTheStart() {
        ConsoleProgress progress = new ConsoleProgress(out, "xor", 1, false);
        progress.onStart(net, new EpochRecord(0, 1, 0, 1, 0));
        for (int s = 1; s <= 2000; s++) {
            progress.afterUpdate(step(s, 1, 0.5, 2000));
        }
        progress.onEpochEnd(new EpochRecord(1, 0.25, 0.9, 0.125, 0.875));
        String last = text().lines().reduce((a, b) -> b).orElseThrow();
        long rate = Long.parseLong(last.replaceAll(".*\\((\\d+) steps/s\\)$", "$1"));
        // 2000 steps counted without any work between them: far more than 2000 a second, unless the clock were wrong
        assertThat(rate).isGreaterThan(2000);
    }

    @Test
    void aDivergenceIsReportedOnItsOwnLineAtTheEnd() {
        History history = new History();
        history.diverged(new Divergence(7, 2, "loss became NaN"));
        new ConsoleProgress(out, "xor", 3, false).onEnd(history);
        assertThat(text()).isEqualTo("  diverged at step 7 (epoch 2): loss became NaN" + System.lineSeparator());
        bytes.reset();
        new ConsoleProgress(out, "xor", 3, false).onEnd(new History());
        assertThat(text()).isEmpty();
    }

    @Test
    void onATerminalTheBarShowsTheEpochTheStepCountAndTheRunningLoss() {
        ConsoleProgress progress = new ConsoleProgress(out, "xor", 4, true);
        progress.onStart(net, new EpochRecord(0, 1, 0, 1, 0));
        progress.afterUpdate(step(1, 1, 2.0, 50));
        progress.afterUpdate(step(2, 1, 3.0, 50));
        progress.onEpochEnd(new EpochRecord(1, 0.25, 0.9, 0.125, 0.875));
        // the running loss is an exponential average: 0.95·2 + 0.05·3 = 2.05
        assertThat(text()).contains("\r  epoch 1/4").contains(" 2/50 ").contains("steps  loss 2.050 ");
        // and the speed: 2 steps well within a second of the start, so more than 2 a second
        Matcher rate = Pattern.compile("loss 2\\.050  (\\d+) steps/s").matcher(text());
        assertThat(rate.find()).isTrue();
        assertThat(Long.parseLong(rate.group(1))).isGreaterThan(2);
    }

    @Test
    void epochsOfFewerThanFiftyStepsGetNoBarEvenOnATerminal() {
        ConsoleProgress progress = new ConsoleProgress(out, "xor", 4, true);
        progress.onStart(net, new EpochRecord(0, 1, 0, 1, 0));
        progress.afterUpdate(step(1, 1, 0.777, 49));
        progress.onEpochEnd(new EpochRecord(1, 0.25, 0.9, 0.125, 0.875));
        assertThat(text()).doesNotContain("\r").doesNotContain("steps  loss");
    }
}
