package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.initlab.init.Initializers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a student meets it: outputs, files, and one clear line for bad input. */
class CliTest {
    @TempDir
    Path tmp;

    static CliTestSupport.Run run(String... args) {
        return CliTestSupport.run(args);
    }

    @Test
    void sampleWritesACsvAndComparesWithTheFormula() throws Exception {
        Path csv = tmp.resolve("sub/w.csv");
        CliTestSupport.Run r = run("sample", "he-normal", "--fan-in", "200", "--fan-out", "100", "--seed", "3", "--out",
                csv.toString());
        assertThat(r.status()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(20_001);
        assertThat(lines.get(0)).isEqualTo("w");
        double[] w = lines.stream().skip(1).mapToDouble(Double::parseDouble).toArray();
        double std = Math.sqrt(Arrays.stream(w).map(v -> v * v).sum() / w.length);
        assertThat(std).isCloseTo(0.1, Offset.offset(0.003));
        assertThat(r.out()).contains("he-normal").contains("0.100000").contains("unbounded");
    }

    @Test
    void sampleTakesParametersAsOptionsOrAfterAColonAndACount() {
        CliTestSupport.Run a = run("sample", "normal", "--std", "0.5", "--fan-in", "10", "--fan-out", "10",
                "--count", "1000");
        CliTestSupport.Run b = run("sample", "normal:std=0.5", "--fan-in", "10", "--fan-out", "10", "--count", "1000");
        assertThat(a.status()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).contains("1000 weights").contains("0.500000");
    }

    @Test
    void gainsShowsTableAndNumericValues() {
        CliTestSupport.Run r = run("gains", "relu", "tanh");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("relu").contains("1.4142     1.4142").contains("1.6667     1.5925");
    }

    @Test
    void initsListsEveryName() {
        CliTestSupport.Run r = run("inits");
        for (String name : Initializers.names()) {
            assertThat(r.out()).contains(name);
        }
        assertThat(r.out()).contains("Glorot & Bengio 2010").contains("He et al. 2015");
    }

    @Test
    void badInputGetsOneClearLineAndNonZeroStatus() throws Exception {
        CliTestSupport.Run unknown = run("sample", "glorot", "--fan-in", "3", "--fan-out", "3");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("initlab: unknown initializer 'glorot'; known: zeros")
                .doesNotContain("Exception");
        CliTestSupport.Run notNumber = run("sample", "normal", "--fan-in", "x", "--fan-out", "3");
        assertThat(notNumber.status()).isEqualTo(2);
        assertThat(notNumber.err()).contains("'x' is not an int");
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        CliTestSupport.Run intoFile = run("sample", "normal", "--fan-in", "3", "--fan-out", "3", "--out",
                file.resolve("w.csv").toString());
        assertThat(intoFile.status()).isEqualTo(1);
        assertThat(intoFile.err()).contains("is a file, not a folder");
        CliTestSupport.Run lesson = run("lesson", "nope");
        assertThat(lesson.err()).startsWith("initlab: unknown lesson 'nope'; lessons: firstrun");
        CliTestSupport.Run depth = run("lesson", "firstrun", "--depth", "0", "--out", tmp.toString());
        assertThat(depth.status()).isEqualTo(1);
        assertThat(depth.err()).contains("--depth must be at least 1, got 0");
    }

    @Test
    void aLessonRunsQuicklyAndSavesItsPlot() {
        CliTestSupport.Run r = run("lesson", "firstrun", "--quick", "--out", tmp.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("test accuracy went from").contains("report.html");
        assertThat(tmp.resolve("loss.png")).exists().isNotEmptyFile();
    }
}
