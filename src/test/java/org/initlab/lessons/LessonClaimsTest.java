package org.initlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.initlab.diagnostics.Metric.ACT_EXAMPLE_STD;
import static org.initlab.diagnostics.Metric.ACT_STD;
import static org.initlab.diagnostics.Metric.DIRECTIONS;
import static org.initlab.diagnostics.Metric.GRAD_ACT_STD;
import static org.initlab.diagnostics.Metric.PREACT_STD;
import static org.initlab.diagnostics.Metric.SATURATED_FRAC;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import course.Course;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.initlab.app.Initlab;
import org.initlab.data.ImageDatasets;
import org.initlab.lesson.Lesson;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every lesson's claim, asserted with figures on its --quick configuration. */
class LessonClaimsTest {
    @TempDir
    Path tmp;

    private LessonResult run(String name) {
        Lesson lesson = Course.byName(name);
        LessonResult r = lesson.run(LessonOptions.quick(tmp.resolve(name)),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(tmp.resolve(name).resolve("report.html")).exists();
        for (Path file : r.files()) {
            assertThat(file).exists().isNotEmptyFile();
        }
        return r;
    }

    private static double figure(LessonResult r, String contains) {
        for (Map.Entry<String, Double> e : r.figures().entrySet()) {
            if (e.getKey().contains(contains)) {
                return e.getValue();
            }
        }
        throw new AssertionError("no figure containing '" + contains + "' in " + r.figures().keySet());
    }

    @Test
    void firstRunLearnsCircles() {
        assertThat(run("firstrun").figure("testAccuracy")).isGreaterThan(0.9);
    }

    @Test
    void distributionsMatchTheirFormulas() {
        LessonResult r = run("distributions");
        for (String scheme : new String[] {"xavier-uniform", "xavier-normal", "he-uniform", "he-normal", "lecun-normal",
            "orthogonal", "legacy-default (PyTorch Linear)", "truncated-normal (std 0.1)"}) {
            double formula = r.figure(scheme + ": std (formula)");
            double sample = r.figure(scheme + ": std (sample)");
            assertThat(sample).as(scheme).isCloseTo(formula, Percentage.withPercentage(3));
        }
        assertThat(r.figure("xavier-uniform: largest |w| (sample)"))
                .isLessThanOrEqualTo(r.figure("xavier-uniform: bound (formula)"));
        assertThat(r.figure("xavier-normal: largest |w| (sample)"))
                .isGreaterThan(r.figure("xavier-uniform: bound (formula)"));
    }

    @Test
    void zeroInitLeavesHiddenWeightsExactlyZeroAndAccuracyAtChance() {
        LessonResult r = run("zeroinit");
        for (String act : new String[] {"tanh, zeros:", "relu, zeros:"}) {
            assertThat(figure(r, act + " largest hidden-layer change")).as(act).isEqualTo(0.0);
            assertThat(figure(r, act + " output weights change")).as(act).isEqualTo(0.0);
            assertThat(figure(r, act + " output bias change")).as(act).isGreaterThan(0.0);
            assertThat(figure(r, act + " test accuracy after")).as(act).isEqualTo(0.5);
        }
        assertThat(figure(r, "sigmoid, zeros: largest hidden-layer change")).isGreaterThan(0.0);
        assertThat(figure(r, "sigmoid, zeros: most " + DIRECTIONS.label())).isEqualTo(1.0);
        assertThat(figure(r, "full-batch GD: test loss after")).isEqualTo(figure(r, "full-batch GD: test loss before"));
        assertThat(figure(r, "full-batch GD: largest hidden-layer change")).isEqualTo(0.0);
        assertThat(figure(r, "reference: test accuracy after")).isGreaterThan(0.8);
    }

    @Test
    void constantInitKeepsOneDistinctUnitPerLayer() {
        LessonResult r = run("constantinit");
        assertThat(figure(r, "most " + DIRECTIONS.label() + " in a hidden layer at the end")).isEqualTo(1.0);
        // noise 1e-4 makes every weight different, yet the units still span one direction: escaping is not breaking
        String layer2 = ": " + DIRECTIONS.label() + " in hidden layer 2 at the end";
        assertThat(figure(r, "noise std 0.000100" + layer2)).isEqualTo(1.0);
        assertThat(figure(r, "noise std 0.250" + layer2)).isEqualTo(16.0);
        assertThat(figure(r, "(same scale): final training loss"))
                .isLessThan(figure(r, "constant 0.250: final training loss") / 2);
    }

    @Test
    void smallInitVanishesBackwardAndStallsTheDeepNetworkOnly() {
        LessonResult r = run("smallinit");
        assertThat(figure(r, "tanh, N(0, 0.01²), std 0.01: " + GRAD_ACT_STD.label() + ", layer 1")).isLessThan(1e-3);
        assertThat(figure(r, "tanh, N(0, 0.01²), std 0.01: " + ACT_EXAMPLE_STD.label())).isLessThan(1e-3);
        assertThat(figure(r, "tanh, deep")).isLessThan(0.65);
        assertThat(figure(r, "tanh, shallow")).isGreaterThan(0.75);
    }

    @Test
    void largeInitSaturatesTanhAndExplodesRelu() {
        LessonResult r = run("largeinit");
        assertThat(figure(r, "tanh: " + SATURATED_FRAC.label())).isGreaterThan(0.5);
        assertThat(figure(r, "tanh: " + GRAD_ACT_STD.label() + ", layer 1")).isGreaterThan(1.0);
        assertThat(figure(r, "relu: " + ACT_STD.label() + ", layer")).isGreaterThan(100);
        assertThat(figure(r, "relu: " + GRAD_ACT_STD.label() + ", layer 1")).isGreaterThan(100);
        boolean diverged = r.figures().keySet().stream()
                .anyMatch(k -> k.startsWith("relu") && k.contains("diverged at step"));
        assertThat(diverged).isTrue();
    }

    @Test
    void xavierKeepsTanhHealthyAndTrains() {
        LessonResult r = run("xavier");
        assertThat(figure(r, "tanh, xavier-uniform: largest factor")).isLessThan(4.0);
        assertThat(figure(r, "tanh, xavier-normal: largest factor")).isLessThan(4.0);
        assertThat(figure(r, "tanh, xavier-normal: final test accuracy")).isGreaterThan(0.9);
        assertThat(figure(r, "tanh, xavier-uniform: final test accuracy")).isGreaterThan(0.9);
        assertThat(figure(r, "tanh, normal:std=0.01: final test accuracy")).isLessThan(0.65);
    }

    @Test
    void heBeatsXavierOnADeepReluNetwork() {
        LessonResult r = run("he");
        assertThat(figure(r, "xavier-normal: " + PREACT_STD.label() + " change per layer")).isCloseTo(Math.sqrt(0.5),
                Offset.offset(0.05));
        assertThat(figure(r, "he-normal (fan-in): " + PREACT_STD.label() + " change per layer")).isCloseTo(1.0,
                Offset.offset(0.05));
        // over every seed: He's worst run beats Xavier's best
        assertThat(figure(r, "relu, he-normal (fan-in): final test accuracy (min)"))
                .isGreaterThan(figure(r, "relu, xavier-normal: final test accuracy (max)"));
        assertThat(r.findings()).contains("He (fan-in) beats Xavier on every seed: its worst run beats Xavier's best");
    }

    @Test
    void comparisonWritesItsHeatmaps() {
        LessonResult r = run("comparison");
        assertThat(r.files().stream().map(p -> p.getFileName().toString())).contains("accuracy_overview.png",
                "diverged_overview.png");
        assertThat(figure(r, "he-normal: share of runs that diverged")).isBetween(0.0, 1.0);
    }

    @Test
    void realImagesTrainWithXavierOrHeAndNotWithZeros() {
        Assumptions.assumeTrue(ImageDatasets.fashionInstalled(),
                "Fashion-MNIST is not installed here");
        LessonResult r = run("realimages");
        assertThat(figure(r, "tanh, xavier: final test accuracy")).isGreaterThan(0.5);
        assertThat(figure(r, "relu, he: final test accuracy")).isGreaterThan(0.5);
        assertThat(figure(r, "relu, zeros: final test accuracy")).isLessThan(0.2);
    }

    @Test
    void allQuickWritesAnIndexWhoseLinksResolve() throws Exception {
        int status = Initlab.execute("all", "--quick", "--out", tmp.resolve("all").toString());
        assertThat(status).isZero();
        String html = Files.readString(tmp.resolve("all/index.html"));
        Matcher m = Pattern.compile("href=\"([^\"]+)\"").matcher(html);
        int links = 0;
        while (m.find()) {
            assertThat(tmp.resolve("all").resolve(m.group(1))).exists();
            links++;
        }
        // every lesson that ran links its page from its thumbnail and from its name
        int skipped = Files.readString(tmp.resolve("all/index.md")).split("\\*skipped:", -1).length - 1;
        assertThat(links).isGreaterThanOrEqualTo((Course.lessons().size() - skipped) * 2);
    }
}
