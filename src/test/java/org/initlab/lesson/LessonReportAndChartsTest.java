package org.initlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.initlab.activation.Activations;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.diagnostics.Recorder;
import org.initlab.init.Initializers;
import org.initlab.plot.ChartSpec;
import org.initlab.plot.RenderedChart;
import org.initlab.diagnostics.Metric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.HeatMapChart;

/** A lesson's findings turned into a report and a result, and the comparison charts' numbers. */
class LessonReportAndChartsTest {
    @TempDir
    Path tmp;

    private static final TrainTest DATA = ToyData.blobs(80, 2, 0.1, 1).split(0.25, 1);
    private static RunResult deep;
    private static RunResult other;

    /** A lesson that exists only in this test (no text under lessons/). */
    private record Fake(String name) implements Lesson {
        @Override
        public String title() {
            return "a lesson for tests";
        }

        @Override
        public LessonResult run(LessonOptions options, PrintStream console) {
            throw new UnsupportedOperationException();
        }
    }

    @BeforeAll
    static void train() {
        // 60 training examples in batches of 32: 2 steps an epoch, 10 steps; diagnostics at steps 1, 2, 4, 6, 8, 10
        deep = Experiments.train(RunSpec.of("deep", Activations.byName("tanh"), 3, 4,
                Initializers.byName("xavier-normal"), 5, 1).withRecordEvery(2), DATA);
        other = Experiments.train(RunSpec.of("other", Activations.byName("relu"), 3, 4,
                Initializers.byName("he-normal"), 5, 2).withRecordEvery(2), DATA);
    }

    @Test
    void findingsBecomeAReportAndAResult() throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Findings f = new Findings(new Fake("fake-lesson"), LessonOptions.quick(tmp),
                new PrintStream(console, true, StandardCharsets.UTF_8));
        assertThat(f.setting("network", "2 → 4 → 1")).isSameAs(f);
        f.conclude("layer %d keeps %.1f of its signal", 3, 0.25);
        f.conclude("second");
        assertThat(f.figure("gain", 2.5)).isEqualTo(2.5);
        assertThat(f.spread("accuracy", new Spread(new double[] {0.5, 0.9, 0.7}))).isEqualTo(0.7);
        assertThat(f.spread("one seed", new Spread(new double[] {0.4}))).isEqualTo(0.4);
        LessonResult r = f.finish("Does it work?");
        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("  → layer 3 keeps 0.3 of its signal\n"
                + "  → second\n  report: ");
        assertThat(r.lesson()).isEqualTo("fake-lesson");
        assertThat(r.findings()).containsExactly("layer 3 keeps 0.3 of its signal", "second");
        assertThat(r.verdict()).as("without a verdict the last conclusion answers").isEqualTo("second");
        assertThat(r.figures()).containsExactly(Map.entry("gain", 2.5), Map.entry("accuracy", 0.7),
                Map.entry("accuracy (min)", 0.5), Map.entry("accuracy (max)", 0.9),
                Map.entry("one seed", 0.4));
        assertThat(r.files()).containsExactly(tmp.resolve("report.html"));
        String md = Files.readString(tmp.resolve("report.md"));
        assertThat(md).startsWith("# Lesson fake-lesson: a lesson for tests\n")
                .contains("**Question.** Does it work?").contains("> **Verdict.** second")
                .contains("| network | 2 → 4 → 1 |").contains("- layer 3 keeps 0.3 of its signal\n- second\n")
                .contains("## Key figures").contains("## Plots")
                .contains("`lessons/fake-lesson/README.md`.")
                .doesNotContain("(lesson.html)");
        assertThat(md.indexOf("## What was run")).isLessThan(md.indexOf("## What we found"));
    }

    @Test
    void aVerdictIsPrintedAndAnswersTheQuestion() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Findings f = new Findings(new Fake("fake-verdict"), LessonOptions.quick(tmp),
                new PrintStream(console, true, StandardCharsets.UTF_8));
        f.conclude("a finding");
        f.verdict("yes, %s", "mostly");
        LessonResult r = f.finish("Q?");
        assertThat(r.verdict()).isEqualTo("yes, mostly");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("  verdict: yes, mostly\n");
        assertThat(new Findings(new Fake("empty"), LessonOptions.quick(tmp.resolve("e")), System.out).finish("Q?")
                .verdict()).isEmpty();
    }

    @Test
    void plotsAreSavedInTheLessonFolderAndListedWithTheirCaption() throws IOException {
        Findings f = new Findings(new Fake("fake-plots"), LessonOptions.quick(tmp), new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Path png = f.plot(LessonCharts.loss("loss", List.of(deep)), "loss", "the loss falls");
        assertThat(png).isEqualTo(tmp.resolve("loss.png")).exists();
        f.addPlot(png, "again");
        LessonResult r = f.finish("Q?");
        assertThat(r.files()).containsExactly(png, png, tmp.resolve("report.html"));
        assertThat(Files.readString(tmp.resolve("report.md"))).contains("![the loss falls](loss.png)")
                .contains("![again](loss.png)");
    }

    @Test
    void overTimeCombinesTheHiddenLayersOrShowsOne() {
        Recorder rec = deep.recorder();
        RenderedChart maxOverLayers = (RenderedChart) LessonCharts.overTime("t", "std", false, List.of(deep),
                Metric.ACT_STD, 0, Math::max);
        ChartSpec.Series s = maxOverLayers.spec().series().get(0);
        assertThat(s.name()).isEqualTo("deep");
        assertThat(s.x()).containsExactly(1, 2, 4, 6, 8, 10);
        for (int i = 0; i < s.x().length; i++) {
            int step = (int) s.x()[i];
            double expected = Math.max(rec.value(step, 1, Metric.ACT_STD), Math.max(rec.value(step, 2, Metric.ACT_STD),
                    rec.value(step, 3, Metric.ACT_STD)));
            assertThat(s.y()[i]).isEqualTo(expected);
        }
        RenderedChart second = (RenderedChart) LessonCharts.overTime("t", "std", true, List.of(deep, other),
                Metric.ACT_STD, 2, Math::max);
        assertThat(second.spec().series()).hasSize(2);
        assertThat(second.spec().series().get(1).y()[0]).isEqualTo(other.recorder().value(1, 2, Metric.ACT_STD));
        assertThat(second.spec().references()).isEmpty();
        RenderedChart ratio = (RenderedChart) LessonCharts.overTime("t", "ratio", true, List.of(deep),
                Metric.UPDATE_RATIO, 0, Math::min);
        assertThat(ratio.spec().references()).extracting(ChartSpec.Reference::y).containsExactly(1e-3);
    }

    @Test
    void aQuantityThatIsZeroAtEveryStepIsNoted() {
        RenderedChart dead = (RenderedChart) LessonCharts.overTime("t", "zeros", false, List.of(deep),
                Metric.ZERO_FRAC, 0, Math::max);
        assertThat(dead.spec().notes()).containsExactly("deep: exactly 0 at every step");
        RenderedChart logged = (RenderedChart) LessonCharts.overTime("t", "zeros", true, List.of(deep),
                Metric.ZERO_FRAC, 0, Math::max);
        assertThat(logged.spec().notes()).isEmpty();
    }

    @Test
    void perLayerReadsOneStepAcrossTheHiddenLayers() {
        RenderedChart c = (RenderedChart) LessonCharts.perLayer("t", "std", false, List.of(deep, other),
                Metric.ACT_STD, 4);
        ChartSpec.Series s = c.spec().series().get(1);
        assertThat(s.name()).isEqualTo("other");
        assertThat(s.x()).containsExactly(1, 2, 3);
        Recorder rec = other.recorder();
        assertThat(s.y()).containsExactly(rec.value(4, 1, Metric.ACT_STD), rec.value(4, 2, Metric.ACT_STD),
                rec.value(4, 3, Metric.ACT_STD));
    }

    @Test
    void theHeatmapHoldsTheMeanLogOfEachLayerOverItsSteps() {
        HeatMapChart h = LessonCharts.layerStepHeatmap("t", deep, Metric.ACT_STD);
        Recorder rec = deep.recorder();
        // 6 recorded steps give 6 columns of one step each
        assertThat(h.getHeatMapSeries().getXData()).hasSize(6);
        double[][] expected = new double[3][6];
        int[] steps = {1, 2, 4, 6, 8, 10};
        for (int l = 0; l < 3; l++) {
            for (int c = 0; c < 6; c++) {
                expected[l][c] = Math.log10(rec.value(steps[c], l + 1, Metric.ACT_STD));
            }
        }
        for (Number[] cell : h.getHeatMapSeries().getHeatData()) {
            int c = cell[0].intValue();
            int l = cell[1].intValue();
            assertThat(cell[2].doubleValue()).isCloseTo(expected[l][c], within(1e-12));
        }
        assertThat(h.getHeatMapSeries().getHeatData()).hasSize(18);
        assertThat(h.getStyler().isShowValue()).isTrue();
    }

    @Test
    void decisionBoundariesNeedTwoInputs() {
        assertThat(LessonCharts.decisionBoundaries(List.of(deep), ToyData.gaussian(5, 3, 1), tmp, "b")).isNull();
        Path png = LessonCharts.decisionBoundaries(List.of(deep), DATA.test(), tmp, "boundaries");
        assertThat(png).exists();
    }

    @Test
    void accuracyChartsHaveOneCurvePerRun() {
        RenderedChart c = (RenderedChart) LessonCharts.accuracy("acc", List.of(deep, other));
        assertThat(c.spec().series()).extracting(ChartSpec.Series::name).containsExactly("deep (100%)", "other (100%)");
    }
}
