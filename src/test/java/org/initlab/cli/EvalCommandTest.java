package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval}: a saved network's loss and accuracy, and the exit status by a threshold. */
class EvalCommandTest {
    @TempDir
    Path tmp;

    @Test
    void evalReproducesTrainsTestAccuracyAndExitsByTheThreshold() {
        String net = tmp.resolve("t/network.txt").toString();
        CliTestSupport.Run train = CliTestSupport.run("train", "--dataset", "circles", "--size", "400",
                "--hidden", "16,16", "--epochs", "20", "--out", tmp.resolve("t").toString());
        assertThat(train.status()).as(train.err()).isZero();
        Matcher m = Pattern.compile("test accuracy [\\d.]+% → ([\\d.]+)%").matcher(train.out());
        assertThat(m.find()).isTrue();
        String accuracy = m.group(1);

        CliTestSupport.Run eval = CliTestSupport.run("eval", net, "--dataset", "circles", "--size", "400");
        assertThat(eval.status()).isZero();
        assertThat(eval.out()).contains("network 2 → 16 → 16 → 1 (tanh)").contains("(300 train / 100 test)")
                .containsPattern("test +loss [\\d.]+ +accuracy " + Pattern.quote(accuracy) + "%");
        double reached = Double.parseDouble(accuracy) / 100;
        CliTestSupport.Run pass = CliTestSupport.run("eval", net, "--dataset", "circles", "--size", "400",
                "--min-accuracy", String.valueOf(reached - 0.01));
        assertThat(pass.status()).isZero();
        assertThat(pass.out()).contains("PASS: test accuracy " + accuracy + "% reaches the required");
        CliTestSupport.Run fail = CliTestSupport.run("eval", net, "--dataset", "circles", "--size", "400",
                "--min-accuracy", String.valueOf(reached + 0.01));
        assertThat(fail.status()).isEqualTo(1);
        assertThat(fail.out()).contains("FAIL: test accuracy " + accuracy + "% is below the required");

        CliTestSupport.Run other = CliTestSupport.run("eval", net, "--dataset", "spirals");
        assertThat(other.status()).isEqualTo(1);
        assertThat(other.err()).contains("has 2 features and 3 classes (3 outputs): "
                + "was it trained on another dataset?");
        CliTestSupport.Run percent = CliTestSupport.run("eval", net, "--min-accuracy", "90");
        assertThat(percent.err()).isEqualTo("initlab: --min-accuracy must be between 0 and 1 "
                + "(0.9 means 90 %), got 90.0\n");
    }
}
