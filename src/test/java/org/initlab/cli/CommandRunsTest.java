package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.initlab.data.ImageDatasets;
import org.initlab.data.TrainTest;
import org.initlab.io.OutputFolder;
import org.initlab.io.OutputRun;
import org.initlab.lesson.Lesson;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that finish: their console lines, their settings in the report, and a folder marked complete. */
class CommandRunsTest {
    @TempDir
    Path tmp;

    /** A lesson that writes one file and concludes at once. */
    private record Instant(String name) implements Lesson {
        @Override
        public String title() {
            return "an instant lesson";
        }

        @Override
        public LessonResult run(LessonOptions options, PrintStream console) {
            OutputFolder.writeText(options.folder(), "report.html", "<p>done</p>");
            console.println("  ran with depth " + options.depthOr(3));
            return new LessonResult(name, List.of("it ran"), Map.of(),
                    List.of(options.folder().resolve("report.html")));
        }
    }

    private static void assertComplete(Path folder) throws IOException {
        assertThat(Files.readString(folder.resolve(OutputRun.MANIFEST))).contains("state complete");
    }

    @Test
    void aLessonRunIsFramedByItsNameAndItsTime() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path folder = tmp.resolve("new/instant");
        LessonResult r = LessonRunner.run(new Instant("instant"), LessonOptions.quick(folder),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(r.findings()).containsExactly("it ran");
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("== instant: an instant lesson\n  ran with depth 3\n");
        Matcher done = Pattern.compile("   done in (\\d+\\.\\d) s; files in (.*)\n\n$").matcher(printed);
        assertThat(done.find()).as(printed).isTrue();
        assertThat(Double.parseDouble(done.group(1))).isLessThan(60);
        assertThat(done.group(2)).isEqualTo(folder.toString());
    }

    @Test
    void aLessonInvocationTakesTheOptionsAndMarksItsFolderComplete() throws IOException {
        LessonInvocation invocation = new LessonInvocation();
        invocation.out.value = tmp.resolve("lesson");
        invocation.lessonOptions = new LessonOptionsMixin();
        invocation.lessonOptions.depthOption.value = 7;
        invocation.backend = new BackendOptions();
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(invocation.run(new Instant("instant"))).isZero();
        } finally {
            System.setOut(old);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("  ran with depth 7\n");
        assertComplete(tmp.resolve("lesson"));
        invocation.backend.backend = "fortran";
        assertThatThrownBy(() -> invocation.run(new Instant("instant")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fortran");
    }

    @Test
    void aTrainingRunReportsItsClipAndWritesEverything() throws IOException {
        Path out = tmp.resolve("t");
        CliTestSupport.Run r = CliTestSupport.run("train", "--size", "8", "--hidden", "4,1", "--epochs", "1", "--batch",
                "2", "--clip", "0.5", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("training 2 → 4 → 1 → 1 (tanh)")
                .contains("wrote history.csv, steps.csv, diagnostics.csv, histograms.csv, plots, the trained network "
                        + "(network.txt) and " + out.resolve("report.html"));
        assertThat(Files.readString(out.resolve("report.md"))).containsPattern("\\| optimizer \\| sgd.*, clip 0.5 \\|");
        assertThat(out.resolve("network.txt")).exists();
        assertComplete(out);
        CliTestSupport.Run noClip = CliTestSupport.run("train", "--size", "8", "--depth", "1", "--width", "2",
                "--epochs", "0", "--out", tmp.resolve("n").toString());
        assertThat(noClip.status()).as(noClip.err()).isZero();
        assertThat(Files.readString(tmp.resolve("n/report.md"))).doesNotContain("clip");
    }

    @Test
    void lsuvIsFittedOnTheFirstTrainingRowsAndSaysSo() {
        CliTestSupport.Run r = CliTestSupport.run("train", "--size", "40", "--depth", "2", "--width", "4", "--init",
                "lsuv", "--epochs", "0", "--out", tmp.resolve("l").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("  lsuv layer 1").contains("  lsuv layer 2");
        assertThat(r.out()).doesNotContain("NaN");
    }

    @Test
    void aZeroLearningRateIsRefused() {
        CliTestSupport.Run r = CliTestSupport.run("train", "--lr", "0", "--out", tmp.resolve("t").toString());
        assertThat(r.err()).isEqualTo("initlab: --lr must be a positive number, got 0.0\n");
    }

    @Test
    void aProbeOfTwoLayersPrintsItsVerdictsAndCompletes() throws IOException {
        Path out = tmp.resolve("p");
        CliTestSupport.Run r = CliTestSupport.run("probe", "--activation", "tanh", "--init", "xavier-normal", "--depth",
                "2", "--width", "8", "--batch", "20", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("  → the activation std of layer 2 is ")
                .contains("  → the back-propagated gradient at layer 1 is ");
        assertComplete(out);
    }

    @Test
    void phasePrintsTheGridSpacing() {
        CliTestSupport.Run r = CliTestSupport.run("phase", "--activation", "tanh", "--bias-var", "0",
                "--weight-var-min", "0.5", "--weight-var-max", "2.5", "--steps", "5", "--out", tmp.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("tanh, σ_b² = 0.0: 5 weight variances from 0.5 to 2.5 (spacing 0.5000)");
    }

    @Test
    void dataOptionsValidateBeforeLoading() throws IOException {
        DataOptions d = new DataOptions();
        d.dataset = "circles";
        d.noiseOption = -1.0;
        assertThatThrownBy(() -> d.load(1)).hasMessage("--noise must be a number ≥ 0, got -1.0");
        Path csv = Files.writeString(tmp.resolve("d.csv"), "x,y,label\n" + "1,2,0\n2,3,1\n".repeat(4));
        DataOptions fromCsv = new DataOptions();
        fromCsv.dataset = "csv";
        fromCsv.csv = csv;
        TrainTest split = fromCsv.load(1);
        assertThat(split.train().size() + split.test().size()).isEqualTo(8);
        assertThat(split.test().size()).isEqualTo(2);
        assertThat(split.train().featureCount()).isEqualTo(2);
    }

    @Test
    void fashionMnistLoadsItsFirstImagesWhenInstalled() {
        Assumptions.assumeTrue(ImageDatasets.fashionInstalled());
        DataOptions d = new DataOptions();
        d.dataset = "fashion-mnist";
        d.limit = 10;
        TrainTest split = d.load(1);
        assertThat(split.train().size()).isEqualTo(10);
        assertThat(split.test().size()).isEqualTo(10);
        assertThat(split.train().featureCount()).isEqualTo(784);
    }

    @Test
    void anInitializerSpecStartingWithAColonHasNoName() {
        CliTestSupport.Run r = CliTestSupport.run("sample", ":std=1", "--fan-in", "2", "--fan-out", "2");
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).startsWith("initlab: ").doesNotContain("':std=1'");
    }

    @Test
    void aReportReachesAnOutputStreamWithoutAFlushByTheCaller() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Failures.report(new IllegalArgumentException("bad --width"), new PrintWriter(bytes));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("initlab: bad --width" + System.lineSeparator());
    }
}
