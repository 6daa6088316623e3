package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every option checked before anything is printed or written; sizes checked against arrays and the heap. */
class CliValidationTest {
    @TempDir
    Path tmp;

    static CliTestSupport.Run run(String... args) {
        return CliTestSupport.run(args);
    }

    /** Asserts one clear line (plus picocli's usage hint for status 2), no stack trace, nothing on stdout. */
    static void refused(CliTestSupport.Run r, String start) {
        assertThat(r.status()).as(r.err()).isNotZero();
        assertThat(r.err()).startsWith("initlab: " + start).doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void productsThatOverflowAnIntAreRefusedNotWrapped() {
        refused(run("sample", "he-normal", "--fan-in", "65536", "--fan-out", "32769", "--count", "10"),
                "one --fan-in × --fan-out matrix is 65536 × 32769 = 2147549184 numbers; "
                + "at most 2147483639 fit in one array");
        refused(run("sample", "he-normal", "--fan-in", "65536", "--fan-out", "65536"),
                "one --fan-in × --fan-out matrix is 65536 × 65536 = 4294967296 numbers");
        refused(run("probe", "--activation", "tanh", "--init", "he-normal", "--depth", "2", "--width", "100000",
                "--out", tmp.resolve("p").toString()), "one layer's weights (--width × --width) is 100000 × 100000");
        assertThat(tmp.resolve("p")).doesNotExist();
        refused(run("lesson", "firstrun", "--width", "100000", "--out", tmp.resolve("l").toString()),
                "one layer's weights (--width × --width) is 100000 × 100000");
        refused(run("all", "--depth", "20", "--width", "20000", "--out", tmp.resolve("l").toString()),
                "a network of 20 hidden layers of 20000 units needs about");
        assertThat(tmp.resolve("l")).doesNotExist();
    }

    @Test
    void sizesBeyondTheHeapNameTheJavaOption() {
        refused(run("sample", "he-normal", "--fan-in", "46000", "--fan-out", "46000"),
                "2116000000 weights needs about 15.8 GB");
        assertThat(run("sample", "he-normal", "--fan-in", "46000", "--fan-out", "46000").err())
                .contains("INITLAB_JAVA_OPTS=-Xmx");
        refused(run("train", "--size", "2000000000", "--out", tmp.resolve("t").toString()),
                "--size 2000000000 needs about");
        refused(run("train", "--depth", "2", "--width", "60000", "--size", "200", "--out", tmp.resolve("t").toString()),
                "a network of 2 hidden layers (3600240000 parameters) needs about");
        assertThat(tmp.resolve("t")).doesNotExist();
    }

    @Test
    void anOutOfMemoryErrorBecomesOneLineNamingTheJavaOption() {
        StringWriter text = new StringWriter();
        assertThat(Failures.report(new OutOfMemoryError("Java heap space"), new PrintWriter(text))).isEqualTo(1);
        assertThat(text.toString()).startsWith("initlab: out of memory: Java may use at most ")
                .contains("INITLAB_JAVA_OPTS=-Xmx4g").doesNotContain("\tat ");
    }

    @Test
    void benchChecksRepeatsAndThreadsBeforeItsHeader() {
        refused(run("bench", "--repeats", "0"), "--repeats must be at least 1");
        refused(run("bench", "--repeats", "-1"), "--repeats must be at least 1");
        refused(run("bench", "--threads", "1000"), "--threads must be between 1 and this machine's");
    }

    @Test
    void aStudentsInitializerThatThrowsIsBlamedNotInitlab() {
        CliTestSupport.Run r = run("train", "--init", "Throws", "--size", "40", "--epochs", "1", "--out",
                tmp.resolve("t").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("initlab: your class Throws threw java.lang.IllegalStateException: "
                + "forgot to write fill in fill (Throws.java:8); this is a bug in that class, not in initlab")
                .doesNotContain("please report");
    }

    @Test
    void hiddenWidthsAreParsedStrictly() {
        String out = tmp.resolve("t").toString();
        refused(run("train", "--hidden", ",", "--out", out), "--hidden ',': '' is not a width");
        refused(run("train", "--hidden", "16,,8", "--out", out), "--hidden '16,,8': '' is not a width");
        refused(run("train", "--hidden", "16,0", "--out", out),
                "--hidden '16,0': every width must be at least 1, got 0");
        refused(run("train", "--hidden", "16", "--width", "8", "--out", out),
                "give either --hidden W1,W2,... or --depth/--width, not both (got --hidden 16 and --width 8)");
        refused(run("train", "--hidden", "16", "--hidden", "8", "--out", out),
                "option '--hidden' (W1,W2,...) should be specified only once");
        assertThat(tmp.resolve("t")).doesNotExist();
    }

    @Test
    void clipMustBeAPositiveNumber() {
        for (String bad : new String[] {"0", "-1", "NaN", "Infinity"}) {
            refused(run("train", "--clip", bad, "--out", tmp.resolve("t").toString()),
                    "--clip must be a positive number");
        }
        assertThat(tmp.resolve("t")).doesNotExist();
    }

    @Test
    void dataOptionsThatWouldBeIgnoredAreRefused() {
        String out = tmp.resolve("t").toString();
        refused(run("train", "--csv", "x.csv", "--out", out),
                "--csv x.csv is read only with --dataset csv (now --dataset circles)");
        refused(run("train", "--dataset", "csv", "--csv", "x.csv", "--limit", "5", "--out", out),
                "--limit is used only with fashion-mnist");
        refused(run("train", "--dataset", "csv", "--csv", "x.csv", "--standardize", "--out", out),
                "--standardize is used only with");
        refused(run("train", "--dataset", "csv", "--csv", "x.csv", "--data-dir", "d", "--out", out),
                "--data-dir is used only with");
        refused(run("train", "--dataset", "csv", "--csv", "x.csv", "--size", "100", "--out", out),
                "--size is used only with a built-in set");
        refused(run("train", "--label", "y", "--out", out), "--label is used only with --dataset csv");
        refused(run("train", "--size", "3", "--out", out), "--size must be at least 4");
        assertThat(tmp.resolve("t")).doesNotExist();
    }

    @Test
    void anEmptyOutIsRefused() {
        refused(run("train", "--out", ""), "--out is empty");
        refused(run("probe", "--activation", "tanh", "--init", "he-normal", "--depth", "2", "--width", "4", "--out",
                " "), "--out is empty");
        refused(run("lesson", "firstrun", "--quick", "--out", ""), "--out is empty");
        refused(run("sample", "he-normal", "--fan-in", "2", "--fan-out", "2", "--out", ""), "--out is empty");
    }

    @Test
    void badLessonOptionsStopAllOnceBeforeAnyLessonRuns() {
        Path out = tmp.resolve("all");
        CliTestSupport.Run depth = run("all", "--quick", "--depth", "0", "--out", out.toString());
        refused(depth, "--depth must be at least 1, got 0");
        assertThat(depth.err().lines().filter(l -> l.startsWith("initlab:")).count()).isEqualTo(1);
        refused(run("all", "--quick", "--epochs", "-1", "--out", out.toString()), "--epochs must be 0 or more, got -1");
        refused(run("all", "--quick", "--init", "bogus", "--out", out.toString()), "unknown initializer 'bogus'");
        refused(run("all", "--quick", "--activation", "relux", "--out", out.toString()),
                "unknown activation 'relux' (did you mean 'relu'?)");
        assertThat(out).doesNotExist();
    }

    @Test
    void trainingSettingsAreCheckedBeforeTheFolderIsMade() {
        Path out = tmp.resolve("t");
        refused(run("train", "--batch", "0", "--out", out.toString()), "--batch must be at least 1, got 0");
        refused(run("train", "--epochs", "-1", "--out", out.toString()), "--epochs must be 0 or more, got -1");
        refused(run("train", "--record-every", "0", "--out", out.toString()), "--record-every must be at least 1");
        refused(run("train", "--lr", "-0.1", "--out", out.toString()), "--lr must be a positive number, got -0.1");
        assertThat(out).doesNotExist();
    }
}
