package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval's threshold at its edges: 0 and 1 are allowed, and reaching the threshold exactly passes. */
class EvalThresholdTest {
    @TempDir
    static Path tmp;
    private static String net;
    private static double testAccuracy;

    @BeforeAll
    static void train() {
        CliTestSupport.Run train = CliTestSupport.run("train", "--dataset", "xor", "--size", "40", "--hidden", "4",
                "--epochs", "2", "--out", tmp.resolve("t").toString());
        assertThat(train.status()).as(train.err()).isZero();
        net = tmp.resolve("t/network.txt").toString();
        CliTestSupport.Run eval = CliTestSupport.run("eval", net, "--dataset", "xor", "--size", "40");
        Matcher m = Pattern.compile("test +loss [\\d.]+ +accuracy ([\\d.]+)%").matcher(eval.out());
        assertThat(m.find()).as(eval.out()).isTrue();
        testAccuracy = Double.parseDouble(m.group(1)) / 100;
    }

    private static CliTestSupport.Run evalWith(String minAccuracy) {
        return CliTestSupport.run("eval", net, "--dataset", "xor", "--size", "40", "--min-accuracy", minAccuracy);
    }

    @Test
    void theTestSetOfTenExamplesGivesAccuracyInTenths() {
        assertThat(testAccuracy * 10).isCloseTo(Math.rint(testAccuracy * 10), within(1e-9));
        assertThat(testAccuracy).isBetween(0.0, 1.0);
        CliTestSupport.Run eval = CliTestSupport.run("eval", net, "--dataset", "xor", "--size", "40");
        Matcher train = Pattern.compile("train +loss [\\d.e+-]+ +accuracy ([\\d.]+)%").matcher(eval.out());
        assertThat(train.find()).isTrue();
        // 30 training examples: the percentage is a multiple of 100/30
        double percent = Double.parseDouble(train.group(1));
        assertThat(percent * 30 / 100).isCloseTo(Math.rint(percent * 30 / 100), within(0.02));
        assertThat(percent).as("an accuracy printed as a percentage").isGreaterThan(1.0);
    }

    @Test
    void zeroAlwaysPassesAndTheReachedAccuracyPassesExactly() {
        CliTestSupport.Run zero = evalWith("0");
        assertThat(zero.status()).isZero();
        assertThat(zero.out()).contains("PASS: test accuracy ").contains(" reaches the required 0.0%");
        CliTestSupport.Run exact = evalWith(String.valueOf(testAccuracy));
        assertThat(exact.status()).as(exact.out()).isZero();
        assertThat(exact.out()).contains(String.format(Locale.ROOT, "the required %.1f%%", 100 * testAccuracy));
    }

    @Test
    void oneIsAllowedAndFailsUnlessEveryTestExampleIsRight() {
        CliTestSupport.Run one = evalWith("1");
        assertThat(one.err()).isEmpty();
        assertThat(one.status()).isEqualTo(testAccuracy == 1.0 ? 0 : 1);
        assertThat(one.out()).contains("the required 100.0%");
        assertThat(evalWith("-0.01").err())
                .isEqualTo("initlab: --min-accuracy must be between 0 and 1 (0.9 means 90 %), got -0.01\n");
        assertThat(evalWith("1.01").err())
                .isEqualTo("initlab: --min-accuracy must be between 0 and 1 (0.9 means 90 %), got 1.01\n");
    }
}
