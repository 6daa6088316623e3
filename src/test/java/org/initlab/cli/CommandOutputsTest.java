package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.initlab.activation.Activations;
import org.initlab.init.Initializer;
import org.initlab.init.Initializers;
import org.initlab.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the small commands print, checked against figures computed here: sample's statistics against its own CSV,
 * gains and inits line by line, and the sizes named when a run would not fit in memory.
 */
class CommandOutputsTest {
    @TempDir
    Path tmp;

    private static CliTestSupport.Run run(String... args) {
        return CliTestSupport.run(args);
    }

    private static void refused(CliTestSupport.Run r, String message) {
        assertThat(r.status()).as(r.out()).isNotZero();
        assertThat(r.err()).isEqualTo("initlab: " + message + "\n");
    }

    @Test
    void sampleStatisticsAreThoseOfTheWeightsItWrites() throws IOException {
        Path csv = tmp.resolve("new folder/w.csv");
        CliTestSupport.Run r = run("sample", "xavier-uniform", "--fan-in", "3", "--fan-out", "2", "--count", "500",
                "--seed", "4", "--out", csv.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("w");
        double[] w = lines.stream().skip(1).mapToDouble(Double::parseDouble).toArray();
        assertThat(w).hasSize(500);
        double mean = Arrays.stream(w).average().orElseThrow();
        double std = Math.sqrt(Arrays.stream(w).map(v -> (v - mean) * (v - mean)).sum() / w.length);
        double bound = Math.sqrt(6.0 / 5);
        assertThat(r.out()).contains("(fanIn 3, fanOut 2, 500 weights, seed 4)")
                .contains(String.format(Locale.ROOT, "  %-8s %12.6g %12s%n", "mean", mean, "0.00000"))
                .contains(String.format(Locale.ROOT, "  %-8s %12.6g %12s%n", "std", std,
                        String.format(Locale.ROOT, "%.6g", Math.sqrt(2.0 / 5))))
                .contains(String.format(Locale.ROOT, "  %-8s %12.6g %12s%n", "min",
                        Arrays.stream(w).min().orElseThrow(), String.format(Locale.ROOT, "%.6g", -bound)))
                .contains(String.format(Locale.ROOT, "  %-8s %12.6g %12s%n", "max",
                        Arrays.stream(w).max().orElseThrow(), String.format(Locale.ROOT, "%.6g", bound)))
                .contains("  weights written to " + csv)
                .doesNotContain("data-dependent");
    }

    @Test
    void sampleDrawsWholeMatricesFromOneStreamUntilItHasEnough() throws IOException {
        Path csv = tmp.resolve("w.csv");
        assertThat(run("sample", "he-normal", "--fan-in", "3", "--fan-out", "2", "--count", "8", "--seed", "9",
                "--out", csv.toString()).status()).isZero();
        double[] written = Files.readAllLines(csv).stream().skip(1).mapToDouble(Double::parseDouble).toArray();
        Initializer he = Initializers.byName("he-normal");
        RandomGenerator random = RandomStreams.of(9, "weights", 0);
        double[] first = new double[6];
        double[] second = new double[6];
        he.fill(first, 3, 2, random);
        he.fill(second, 3, 2, random);
        assertThat(written).containsExactly(first[0], first[1], first[2], first[3], first[4], first[5], second[0],
                second[1]);
    }

    @Test
    void sampleTakesTheSmallestSizesAndNamesDataDependentAndUnboundedInitializers() {
        CliTestSupport.Run one = run("sample", "lsuv", "--fan-in", "1", "--fan-out", "1", "--count", "1");
        assertThat(one.status()).as(one.err()).isZero();
        assertThat(one.out()).contains("(fanIn 1, fanOut 1, 1 weights, seed 1)")
                .contains("  (data-dependent: these are its pre-initialization weights; the data step rescales them)")
                .doesNotContain("weights written to");
        CliTestSupport.Run normal = run("sample", "he-normal", "--fan-in", "4", "--fan-out", "4");
        assertThat(normal.out()).contains("16 weights").containsPattern("min .* unbounded\n")
                .containsPattern("max .* unbounded\n");
        refused(run("sample", "he-normal", "--fan-in", "0", "--fan-out", "4"),
                "--fan-in and --fan-out must be positive, got 0 and 4");
        refused(run("sample", "he-normal", "--fan-in", "4", "--fan-out", "0"),
                "--fan-in and --fan-out must be positive, got 4 and 0");
        refused(run("sample", "he-normal", "--fan-in", "4", "--fan-out", "4", "--count", "0"),
                "--count must be positive, got 0");
    }

    @Test
    void sampleRefusesAFolderAsItsCsv() {
        refused(run("sample", "he-normal", "--fan-in", "2", "--fan-out", "2", "--out", tmp.toString()),
                "--out " + tmp + " is a folder; give a file name such as weights.csv");
    }

    @Test
    void gainsListsTheAskedActivationsOrAll() {
        CliTestSupport.Run some = run("gains", "tanh", "relu");
        assertThat(some.out().lines().toList()).hasSize(4);
        assertThat(some.out())
                .startsWith(String.format(Locale.ROOT, "%-14s %10s %10s%n", "activation", "table", "numeric"))
                .contains(String.format(Locale.ROOT, "%-14s %10.4f ", "tanh", 5.0 / 3))
                .contains(String.format(Locale.ROOT, "%-14s %10.4f ", "relu", Math.sqrt(2)))
                .endsWith("Use a gain with xavier-normal:gain=G (or gain=tanh); see the Gains class for the "
                        + "comparison.\n");
        assertThat(run("gains").out().lines().count()).isEqualTo(2 + Activations.NAMES.size());
    }

    @Test
    void initsListsEveryInitializerWithItsParametersAndSource() {
        CliTestSupport.Run r = run("inits");
        assertThat(r.out())
                .startsWith("Weights are fanIn × fanOut (one column per unit). N(m, s²) always means std s.\n")
                .endsWith("Give parameters as NAME:key=value,... (e.g. normal:std=0.01) or as options (--std 0.01).\n");
        for (Initializers.Entry e : Initializers.entries()) {
            assertThat(r.out()).contains(String.format(Locale.ROOT,
                    "%-17s %s%n%17s parameters: %s; source: %s%n", e.name(),
                    e.formula(), "", e.parameters(), e.source()));
        }
    }

    @Test
    void aNetworkTooBigForTheHeapIsRefusedWithItsSize() {
        // 2·(60000 + 1)·60000 parameters + ... : (4 · 3 600 240 000 + 4 · 1000 · 120 000) doubles = 110.9 GB
        CliTestSupport.Run r = run("train", "--depth", "2", "--width", "60000", "--size", "200", "--out",
                tmp.resolve("t").toString());
        assertThat(r.err()).startsWith("initlab: a network of 2 hidden layers (3600240000 parameters) needs about "
                + "110.9 GB of memory");
        // 2 · 9e8 · 2 weights + 4 · 3e7 · 3 signals = 3.96e9 doubles = 29.5 GB
        CliTestSupport.Run p = run("probe", "--activation", "tanh", "--init", "he-normal", "--depth", "2", "--width",
                "30000", "--out", tmp.resolve("p").toString());
        assertThat(p.err())
                .startsWith("initlab: probing 2 layers of 30000 units with a batch of 1000 needs about 29.5 GB");
    }

    @Test
    void trainAndProbeTakeTheSmallestSettingsAndRefuseZero() {
        String out = tmp.resolve("t").toString();
        refused(run("train", "--epochs", "-1", "--out", out), "--epochs must be 0 or more, got -1");
        refused(run("train", "--batch", "0", "--out", out), "--batch must be at least 1, got 0");
        refused(run("train", "--record-every", "0", "--out", out), "--record-every must be at least 1, got 0");
        refused(run("train", "--depth", "0", "--out", out), "--depth must be at least 1, got 0");
        refused(run("train", "--width", "0", "--out", out), "--width must be at least 1, got 0");
        CliTestSupport.Run smallest = run("train", "--size", "8", "--depth", "1", "--width", "1", "--epochs", "0",
                "--batch", "1", "--record-every", "1", "--clip", "0.5", "--out", out);
        assertThat(smallest.status()).as(smallest.err()).isZero();
        assertThat(smallest.out()).contains("training 2 → 1 → 1 (tanh) on circles (8 examples, noise 0.05) (6 train / "
                + "2 test: 75 % train / 25 % test, stratified by class, shuffled with the seed)");

        String probe = tmp.resolve("p").toString();
        String message = "--depth, --width and --batch must be at least 1, got %s";
        refused(run("probe", "--activation", "tanh", "--init", "he-normal", "--depth", "0", "--width", "4", "--out",
                probe), message.formatted("0, 4, 1000"));
        refused(run("probe", "--activation", "tanh", "--init", "he-normal", "--depth", "2", "--width", "0", "--out",
                probe), message.formatted("2, 0, 1000"));
        refused(run("probe", "--activation", "tanh", "--init", "he-normal", "--depth", "2", "--width", "4", "--batch",
                "0", "--out", probe), message.formatted("2, 4, 0"));
        CliTestSupport.Run tiny = run("probe", "--activation", "tanh", "--init", "he-normal", "--depth", "1", "--width",
                "1", "--batch", "1", "--out", probe);
        assertThat(tiny.status()).as(tiny.err()).isZero();
        assertThat(tiny.out()).startsWith("probing 1 tanh layers of 1 units, he-normal (")
                .contains("wrote " + Path.of(probe).resolve("layers.csv") + ", plots and "
                        + Path.of(probe).resolve("report.html"));
        assertThat(Path.of(probe).resolve("report.html")).exists();
    }

    @Test
    void benchRefusesAnUnknownFormatOrWorkload() {
        refused(run("bench", "--format", "csv"), "--format must be text or tsv, got 'csv'");
        refused(run("bench", "--threads", "0"), "--threads must be between 1 and this machine's "
                + Runtime.getRuntime().availableProcessors() + " processors, got 0");
        refused(run("bench", "--workloads", "wid"), "unknown workload 'wid' (did you mean 'wide' or 'wide-epoch'?); "
                + "known: deep-narrow, deep-narrow-relu, wide, probe, matmul-512, matmul-128x784x256, wide-epoch, "
                + "lab-probe");
    }
}
