package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.initlab.nn.LayerPath;
import org.initlab.fast.ArithmeticRestored;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --plain-ops trains on the plain autograd ops, says so in the report, and reaches the same accuracy. */
@ExtendWith(ArithmeticRestored.class)
class PlainOpsOptionTest {
    @TempDir
    Path tmp;

    private static String finalAccuracy(String out) {
        String[] lines = out.strip().split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].contains("test accuracy")) {
                return lines[i].replaceAll(".*test accuracy[^0-9]*([0-9.]+%).*", "$1");
            }
        }
        throw new AssertionError("no 'test accuracy' line in:\n" + out);
    }

    @Test
    void plainOpsTrainTheSameNetworkAndTheReportSaysSo() throws Exception {
        String[] common = {"train", "--activation", "tanh", "--depth", "3", "--width", "16", "--epochs", "3",
            "--seed", "3", "--backend", "java"};
        var fast = CliTestSupport.run(concat(common, "--out", tmp.resolve("fast").toString()));
        assertThat(fast.status()).as(fast.err()).isZero();
        assertThat(LayerPath.plainOps()).isFalse();
        var plain = CliTestSupport.run(concat(common, "--out", tmp.resolve("plain").toString(), "--plain-ops"));
        assertThat(plain.status()).as(plain.err()).isZero();
        assertThat(LayerPath.plainOps()).isTrue();
        assertThat(finalAccuracy(plain.out())).isEqualTo(finalAccuracy(fast.out()));
        assertThat(Files.readString(tmp.resolve("plain/report.md"))).contains("plain autograd ops, EJML (pure Java)");
        assertThat(Files.readString(tmp.resolve("fast/report.md"))).contains("EJML (pure Java)")
                .doesNotContain("plain autograd ops");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
