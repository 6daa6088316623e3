package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code initlab phase}: its files, its printed critical point, and its refusals. */
class PhaseCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesOneRowPerWeightVarianceAndPrintsTheCriticalPoint() throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("phase", "--activation", "tanh", "--bias-var", "0",
                "--weight-var-min", "0.5", "--weight-var-max", "1.5", "--out", tmp.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("critical σ_w² = 1.000");
        List<String> lines = Files.readAllLines(tmp.resolve("phase.csv"));
        assertThat(lines.get(0)).isEqualTo("sigma_w2,sigma_b2,q_star,chi1,xi_c");
        assertThat(lines).hasSize(1 + 101);
        assertThat(tmp.resolve("phase_plot.png")).isNotEmptyFile();
    }

    @Test
    void badInputGetsOneLineAndANonZeroExit() {
        CliTestSupport.Run unknown = CliTestSupport.run("phase", "--activation", "tanhh", "--bias-var", "0", "--out",
                tmp.toString());
        assertThat(unknown.status()).isNotZero();
        assertThat(unknown.err()).contains("unknown activation 'tanhh'").doesNotContain("Exception");
        CliTestSupport.Run negative = CliTestSupport.run("phase", "--activation", "tanh", "--bias-var", "-0.1", "--out",
                tmp.toString());
        assertThat(negative.status()).isNotZero();
        assertThat(negative.err().strip().lines().count()).isEqualTo(1);
        assertThat(negative.err()).contains("-0.1");
    }
}
