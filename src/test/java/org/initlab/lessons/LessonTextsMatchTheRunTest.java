package org.initlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import course.Course;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.initlab.diagnostics.Metric;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures a lesson text quotes come from a run at the lesson's defaults: each test runs the lesson with its
 * defaults and requires that the README's "What this run produced" section contains this run's values, so a
 * change of the lesson that moves a quoted number fails here instead of leaving the text stale.
 */
class LessonTextsMatchTheRunTest {
    @TempDir
    Path tmp;

    private LessonResult runAtDefaults(String name) {
        return Course.byName(name).run(LessonOptions.defaults(tmp.resolve(name)),
                new PrintStream(new ByteArrayOutputStream()));
    }

    private static String results(String name) throws IOException {
        String text = Files.readString(Path.of("lessons", name, "README.md"));
        int start = text.indexOf("## What this run produced");
        assertThat(start).as(name + "'s README has a 'What this run produced' section").isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    @Test
    void distributionsQuotesThisRunsStdsBoundsAndSparseDeviation() throws IOException {
        LessonResult r = runAtDefaults("distributions");
        String text = results("distributions");
        assertThat(text).contains("std " + f4(r.figure("xavier-uniform: std (formula)")))
                .contains("bound\n  " + f4(r.figure("xavier-uniform: bound (formula)")))
                .contains(String.format(Locale.ROOT, "about %.2f in its tails",
                        r.figure("xavier-normal: largest |w| (sample)")))
                .contains("std " + f4(r.figure("he-normal: std (formula)")))
                .contains("LeCun's " + f4(r.figure("lecun-normal: std (formula)")))
                .contains("std only " + f4(r.figure("legacy-default (PyTorch Linear): std (formula)")));
        double sparse = r.figure("sparse (90% zeros, std 0.1): std (sample)")
                / r.figure("sparse (90% zeros, std 0.1): std (formula)") - 1;
        assertThat(text).contains(String.format(Locale.ROOT, "%.1f%% here", 100 * sparse).replace('-', '−'));
    }

    @Test
    void zeroInitQuotesExactZerosTheStepCountAndChance() throws IOException {
        LessonResult r = runAtDefaults("zeroinit");
        String text = results("zeroinit");
        for (String act : new String[] {"tanh, zeros", "relu, zeros"}) {
            assertThat(r.figure(act + ": largest hidden-layer change ‖ΔW‖+‖Δb‖")).isZero();
            assertThat(r.figure(act + ": output weights change ‖ΔW‖")).isZero();
            assertThat(r.figure(act + ": test accuracy after")).isEqualTo(0.5);
        }
        assertThat(r.findings()).anyMatch(line -> line.startsWith("tanh, zeros: ")
                && line.contains(" after 720 steps"));
        assertThat(text).contains("after 720 steps every hidden weight and bias and every output weight is still "
                + "**exactly 0**").contains("exactly 50%");
        assertThat(r.figure("sigmoid, zeros: most " + Metric.DIRECTIONS.label() + " in a hidden layer at the end"))
                .isEqualTo(1.0);
        assertThat(text).contains("still span **1 direction**");
        assertThat(String.format(Locale.ROOT, "%.6f", r.figure("tanh, zeros, full-batch GD: test loss after")))
                .isEqualTo("0.693147");
        assertThat(text).contains("ln 2 = 0.693147");
    }
}
