package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.initlab.data.TrainTest;
import org.initlab.io.MemoryBudget;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonSkipped;
import org.junit.jupiter.api.Test;

/** The command line's shared parts, used directly: data options, lesson options and failure reports. */
class CliPartsTest {
    private static DataOptions data(String dataset) {
        DataOptions d = new DataOptions();
        d.dataset = dataset;
        return d;
    }

    @Test
    void builtInSetsDescribeTheirSizeNoiseAndPositiveShare() {
        DataOptions d = data("circles");
        assertThat(d.describe()).isEqualTo("circles (1000 examples, noise 0.05)");
        assertThat(d.noise()).isEqualTo(0.05);
        assertThat(d.size()).isEqualTo(1000);
        assertThat(d.featureCountGuess()).isEqualTo(2);
        d.sizeOption = 40;
        d.noiseOption = 0.0;
        d.positiveFraction = 0.2;
        assertThat(d.describe()).isEqualTo("circles (40 examples, noise 0.0), positives cut to 0.2");
        assertThat(d.describeSplit()).isEqualTo("75 % train / 25 % test, stratified by class, shuffled with the seed");
        TrainTest split = d.load(3);
        // 20 negatives and round(0.2/0.8 · 20) = 5 positives, split 75/25 within each class
        assertThat(split.train().size() + split.test().size()).isEqualTo(25);
        assertThat(split.test().size()).isEqualTo(5 + 1);
    }

    @Test
    void imageAndCsvSourcesDescribeThemselves() {
        DataOptions mnist = data("mnist");
        assertThat(mnist.describe()).isEqualTo("mnist");
        assertThat(mnist.featureCountGuess()).isEqualTo(784);
        assertThat(mnist.describeSplit()).isEqualTo("the official train/test files");
        mnist.limit = 100;
        mnist.standardize = true;
        assertThat(mnist.describe()).isEqualTo("mnist (first 100), standardized");
        assertThat(data("fashion-mnist").describeSplit()).isEqualTo("the official train/test files");
        DataOptions csv = data("csv");
        csv.csv = Path.of("d.csv");
        assertThat(csv.describe()).isEqualTo("csv d.csv (label column label)");
        assertThat(csv.featureCountGuess()).isEqualTo(1);
        csv.labelOption = "y";
        assertThat(csv.describe()).isEqualTo("csv d.csv (label column y)");
    }

    @Test
    void dataOptionsAcceptTheirSmallestValues() {
        DataOptions d = data("moons");
        d.sizeOption = 4;
        d.noiseOption = 0.0;
        assertThatCode(d::validate).doesNotThrowAnyException();
        DataOptions images = data("mnist");
        images.limit = 1;
        assertThatCode(images::validate).doesNotThrowAnyException();
    }

    @Test
    void dataOptionsRefuseWhatTheSourceWouldIgnoreOrCannotUse() {
        DataOptions noisyCsv = data("csv");
        noisyCsv.csv = Path.of("d.csv");
        noisyCsv.noiseOption = 0.1;
        assertThatThrownBy(noisyCsv::validate).hasMessage("--noise is used only with a built-in set (circles, moons, "
                + "spirals, xor, blobs); remove it or choose that --dataset");
        assertThatThrownBy(data("csv")::validate).hasMessage("--dataset csv needs --csv FILE");
        DataOptions negative = data("mnist");
        negative.limit = -1;
        assertThatThrownBy(negative::validate).hasMessage("--limit must be 0 (all) or positive, got -1");
        DataOptions noise = data("xor");
        noise.noiseOption = -0.5;
        assertThatThrownBy(noise::validate).hasMessage("--noise must be a number ≥ 0, got -0.5");
        noise.noiseOption = Double.POSITIVE_INFINITY;
        assertThatThrownBy(noise::validate).hasMessage("--noise must be a number ≥ 0, got Infinity");
        DataOptions rareImages = data("mnist");
        rareImages.positiveFraction = 0.1;
        assertThatThrownBy(rareImages::validate).hasMessage("--positive-fraction works on the built-in 2-D sets "
                + "(circles, moons, spirals, xor, blobs), not on mnist");
        assertThatThrownBy(data("mnst")::validate)
                .hasMessageStartingWith("unknown dataset 'mnst' (did you mean 'mnist'?)");
    }

    @Test
    void imageSetsTooBigForTheHeapNameTheirImages() {
        DataOptions huge = data("mnist");
        huge.limit = 1_000_000_000;
        huge.standardize = true;
        // 2e9 images · 784 pixels · 2 = 3.136e12 doubles
        assertThatThrownBy(huge::validate)
                .hasMessageStartingWith("mnist with 2000000000 images needs about 23365.0 GB");
    }

    @Test
    void lessonOptionsAcceptTheSmallestValuesAndRefuseBelow() {
        LessonOptionsMixin m = new LessonOptionsMixin();
        m.depthOption.value = 1;
        m.widthOption.value = 1;
        m.epochsOption.value = 0;
        m.seeds = 1;
        LessonOptions o = m.toOptions(Path.of("out"));
        assertThat(o.depth()).isEqualTo(1);
        assertThat(o.width()).isEqualTo(1);
        assertThat(o.epochs()).isZero();
        assertThat(o.seeds()).isEqualTo(1);
        m.seeds = 0;
        assertThatThrownBy(() -> m.toOptions(Path.of("out"))).hasMessage("--seeds must be at least 1, got 0");
        m.seeds = null;
        m.epochsOption.value = -1;
        assertThatThrownBy(() -> m.toOptions(Path.of("out"))).hasMessage("--epochs must be 0 or more, got -1");
        m.epochsOption.value = null;
        m.widthOption.value = 0;
        assertThatThrownBy(() -> m.toOptions(Path.of("out"))).hasMessage("--width must be at least 1, got 0");
        m.widthOption.value = null;
        m.depthOption.value = 0;
        assertThatThrownBy(() -> m.toOptions(Path.of("out"))).hasMessage("--depth must be at least 1, got 0");
    }

    @Test
    void lessonOptionsNameTheNetworkThatWouldNotFit() {
        LessonOptionsMixin m = new LessonOptionsMixin();
        m.widthOption.value = 40_000;
        assertThatThrownBy(() -> m.toOptions(Path.of("out")))
                .hasMessageStartingWith("a network of hidden layers of 40000 units needs about 23.8 GB");
        m.depthOption.value = 3;
        assertThatThrownBy(() -> m.toOptions(Path.of("out")))
                .hasMessageStartingWith("a network of 3 hidden layers of 40000 units needs about 71.5 GB");
    }

    @Test
    void badInputAndSkippedLessonsAreOneLine() {
        assertThat(report(new IllegalArgumentException("--depth must be at least 1"), "initlab"))
                .isEqualTo("initlab: --depth must be at least 1\n");
        assertThat(report(new UncheckedIOException("cannot write x", new IOException("disk full")), "he.He"))
                .isEqualTo("he.He: cannot write x\n");
        assertThat(report(new LessonSkipped("Fashion-MNIST is not installed"), "initlab"))
                .isEqualTo("initlab: Fashion-MNIST is not installed\n");
        assertThat(report(new OutOfMemoryError(), "initlab"))
                .isEqualTo("initlab: " + MemoryBudget.outOfMemoryMessage() + "\n");
    }

    @Test
    void aFailureInsideInitlabIsAnInternalErrorToReport() {
        IllegalStateException e = new IllegalStateException("bad state");
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.ArrayList", "get", "ArrayList.java", 427),
            new StackTraceElement("org.initlab.cli.Failures", "report", "Failures.java", 30)});
        assertThat(report(e, "initlab"))
                .isEqualTo("initlab: internal error: java.lang.IllegalStateException: bad state\n"
                + "(set INITLAB_DEBUG=1 to see the stack trace, and please report it)\n");
        assertThat(Failures.studentFrame(e)).isNull();
    }

    @Test
    void aFailureInAStudentsClassNamesItsMethodAndLine() {
        IllegalStateException e = new IllegalStateException("oops");
        StackTraceElement mine = new StackTraceElement("solutions.HeNormalImpl", "fill", "HeNormalImpl.java", 12);
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 1), mine,
            new StackTraceElement("org.initlab.nn.Mlp", "initialize", "Mlp.java", 80)});
        assertThat(Failures.studentFrame(e)).isEqualTo(mine);
        assertThat(report(e, "initlab")).isEqualTo("initlab: your class solutions.HeNormalImpl threw "
                + "java.lang.IllegalStateException: oops in fill (HeNormalImpl.java:12); this is a bug in that class, "
                + "not in initlab\n(set INITLAB_DEBUG=1 to see the stack trace)\n");
        StackTraceElement unknown = new StackTraceElement("com.example.Gone", "run", "Gone.java", 1);
        e.setStackTrace(new StackTraceElement[] {unknown});
        assertThat(Failures.studentFrame(e)).as("a class that cannot be found is not blamed").isNull();
    }

    @Test
    void theReportReturnsExitStatusOne() {
        assertThat(Failures.report(new IllegalArgumentException("x"), new PrintWriter(new StringWriter())))
                .isEqualTo(1);
        assertThat(Failures.report(new IllegalStateException("x"), new PrintWriter(new StringWriter())))
                .isEqualTo(1);
    }

    private static String report(Throwable e, String program) {
        StringWriter text = new StringWriter();
        assertThat(Failures.report(e, new PrintWriter(text), program)).isEqualTo(1);
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
