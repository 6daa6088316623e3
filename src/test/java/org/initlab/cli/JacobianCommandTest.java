package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code initlab jacobian}: its files and its refusals. */
class JacobianCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesOneSingularValuePerRowAllOneForAnOrthogonalLinearNetwork() throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("jacobian", "--activation", "identity", "--init", "orthogonal",
                "--depth", "8", "--width", "32", "--out", tmp.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(tmp.resolve("singular_values.csv"));
        assertThat(lines.get(0)).isEqualTo("singular_value");
        assertThat(lines).hasSize(33);
        for (String line : lines.subList(1, lines.size())) {
            assertThat(Double.parseDouble(line)).isCloseTo(1.0, Offset.offset(1e-9));
        }
        assertThat(tmp.resolve("singular_values_histogram.png")).isNotEmptyFile();
        assertThat(tmp.resolve("report.html")).isNotEmptyFile();
        assertThat(r.out()).contains("spread max/min: 1.000");
    }

    @Test
    void theGainOptionReachesTheInitializer() throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("jacobian", "--activation", "identity", "--init",
                "orthogonal", "--gain", "2", "--depth", "3", "--width", "8", "--out", tmp.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Double.parseDouble(Files.readAllLines(tmp.resolve("singular_values.csv")).get(1)))
                .isCloseTo(8.0, Offset.offset(1e-9));
    }

    @Test
    void badInputGetsOneLineAndANonZeroExit() {
        for (String[] args : new String[][] {
            {"--activation", "relux", "--init", "orthogonal", "--depth", "2", "--width", "8"},
            {"--activation", "tanh", "--init", "orthogonal", "--depth", "0", "--width", "8"},
            {"--activation", "tanh", "--init", "orthogonal", "--depth", "2", "--width", "5000"}}) {
            String[] full = new String[args.length + 3];
            full[0] = "jacobian";
            System.arraycopy(args, 0, full, 1, args.length);
            full[args.length + 1] = "--out";
            full[args.length + 2] = tmp.toString();
            CliTestSupport.Run r = CliTestSupport.run(full);
            assertThat(r.status()).as(String.join(" ", args)).isNotZero();
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).doesNotContain("Exception");
        }
    }
}
