package org.initlab.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import org.initlab.activation.Activations;
import org.initlab.cli.CliTestSupport;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.init.Initializers;
import org.initlab.lesson.Experiments;
import org.initlab.lesson.RunResult;
import org.initlab.lesson.RunSpec;
import org.initlab.nn.Dense;
import org.initlab.train.EpochRecord;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

/**
 * {@code --reproducible} gives the same bits on every machine: short seeded runs (tanh + binary cross-entropy
 * with SGD; sigmoid, ELU and softmax cross-entropy with Adam) are compared byte for byte with a file kept in the
 * repository. A machine whose arithmetic differs fails here. To regenerate after a deliberate change of the
 * numerics: {@code mvn test -Dtest=ReproducibleRunTest -Dinitlab.writeExpected=true}, and say why in the commit.
 */
@ExtendWith(ArithmeticRestored.class)
class ReproducibleRunTest {
    private static final String EXPECTED = "/reproducible/seeded-runs.txt";

    /** Every epoch's losses and accuracies and a digest of the final weights, as exact hexadecimal doubles. */
    static String seededRuns() {
        StringBuilder out = new StringBuilder();
        TrainTest circles = ToyData.circles(200, 0.1, 7).split(0.25, 7);
        TrainTest spirals = ToyData.spirals(240, 3, 0.1, 7).split(0.25, 7);
        List<RunSpec> specs = List.of(
                RunSpec.of("tanh sgd", Activations.byName("tanh"), 4, 16, Initializers.byName("xavier-normal"), 3, 7),
                RunSpec.of("sigmoid adam", Activations.byName("sigmoid"), 3, 16,
                        Initializers.byName("xavier-uniform"), 3, 7).withOptimizer("adam", 0.01),
                RunSpec.of("elu adam", Activations.byName("elu"), 3, 16, Initializers.byName("he-normal"), 3, 7)
                        .withOptimizer("adam", 0.01));
        for (int i = 0; i < specs.size(); i++) {
            RunResult r = Experiments.train(specs.get(i), i == 0 ? circles : spirals);
            out.append(r.label()).append('\n');
            for (EpochRecord e : r.history().epochs()) {
                out.append(String.format(Locale.ROOT, "  epoch %d loss %s test loss %s test acc %s%n", e.epoch(),
                        Double.toHexString(e.trainLoss()), Double.toHexString(e.testLoss()),
                        Double.toHexString(e.testAccuracy())));
            }
            out.append("  weights sha-256 ").append(digest(r)).append('\n');
        }
        return out.toString();
    }

    private static String digest(RunResult r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Dense layer : r.network().layers()) {
                for (double[] values : List.of(layer.weights().value().data, layer.bias().value().data)) {
                    for (double v : values) {
                        long bits = Double.doubleToRawLongBits(v);
                        for (int b = 0; b < 8; b++) {
                            sha.update((byte) (bits >>> (8 * b)));
                        }
                    }
                }
            }
            StringBuilder hex = new StringBuilder();
            for (byte b : sha.digest()) {
                hex.append(String.format(Locale.ROOT, "%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void reproducibleModeGivesTheBitsKeptInTheRepository() throws IOException {
        Kernels.select(null, true);
        assertThat(Kernels.reproducible()).isTrue();
        assertThat(Kernels.describe()).contains("pure Java").contains("reproducible");
        String actual = seededRuns();
        if (Boolean.getBoolean("initlab.writeExpected")) {
            Files.writeString(Path.of("src/test/resources" + EXPECTED), actual, StandardCharsets.UTF_8);
        }
        String expected;
        try (InputStream in = ReproducibleRunTest.class.getResourceAsStream(EXPECTED)) {
            assertThat(in).as("the expected-results file " + EXPECTED).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(actual).as("reproducible runs differ from the bits recorded on the reference machine: this "
                + "machine's arithmetic is not the reference's").isEqualTo(expected);
    }

    @Test
    void theSameSeedTwiceGivesTheSameBitsOnEveryBackend() {
        Kernels.select("java", false);
        assertThat(seededRuns()).isEqualTo(seededRuns());
        if (Kernels.nativeAvailable()) {
            Kernels.select("openblas", false);
            assertThat(seededRuns()).isEqualTo(seededRuns());
        }
    }

    @Test
    void benchSaysWhichArithmeticItTimed() {
        var run = CliTestSupport.run("bench", "--workloads", "matmul-128x784x256", "--repeats", "1",
                "--reproducible");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("arithmetic: EJML (pure Java), reproducible (StrictMath exp/log/tanh)\n");
        if (Kernels.nativeAvailable()) {
            var native_ = CliTestSupport.run("bench", "--workloads", "matmul-128x784x256", "--repeats",
                    "1", "--backend", "openblas", "--format", "tsv");
            assertThat(native_.out()).startsWith("# arithmetic: OpenBLAS (1 thread), OpenBLAS ").contains(", CPU ");
        }
    }

    @Test
    void reproducibleContradictsOpenblasAndUnknownBackendsAreNamed() {
        assertThatThrownBy(() -> Kernels.select("openblas", true))
                .hasMessageContaining("--reproducible runs the pure-Java products");
        assertThatThrownBy(() -> Kernels.select("cuda", false))
                .hasMessage("--backend must be java or openblas, got 'cuda'");
    }
}
