package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import course.Course;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help on every verb, the closest name for every misspelling, and the optimizer coefficients as options. */
class CliHelpAndNamesTest {
    @TempDir
    Path tmp;

    static CliTestSupport.Run run(String... args) {
        return CliTestSupport.run(args);
    }

    @Test
    void everyVerbAnswersHelpEvenWithRequiredOptionsMissing() {
        for (String verb : InitlabCommand.commandLine(Course.lessons()).getSubcommands().keySet()) {
            CliTestSupport.Run r = run(verb, "--help");
            assertThat(r.status()).as(verb + " --help: " + r.err()).isZero();
            assertThat(r.out()).as(verb).contains("Usage: initlab " + verb);
            assertThat(r.err()).as(verb).isEmpty();
        }
        assertThat(run("train", "-h").out()).contains("--momentum").contains("--beta1").contains("--beta2")
                .contains("75/25");
    }

    @Test
    void aMisspeltVerbOrOptionGetsTheClosestName() {
        CliTestSupport.Run verb = run("trian");
        assertThat(verb.status()).isEqualTo(2);
        assertThat(verb.err()).startsWith("initlab: unknown verb 'trian' (did you mean 'train'?); verbs: all,")
                .contains("Try 'initlab --help'");
        CliTestSupport.Run option = run("train", "--actvation", "tanh", "--out", tmp.toString());
        assertThat(option.status()).isEqualTo(2);
        assertThat(option.err()).startsWith("initlab: unknown option '--actvation' (did you mean '--activation'?)")
                .contains("Try 'initlab train --help'");
        assertThat(run("probe", "--widht=3").err()).contains("unknown option '--widht' (did you mean '--width'?)");
    }

    @Test
    void everyRegisteredNameSuggestsTheClosest() {
        assertThat(run("sample", "he_normal", "--fan-in", "3", "--fan-out", "3").err())
                .startsWith("initlab: unknown initializer 'he_normal' (did you mean 'he-normal'?); known: zeros");
        assertThat(run("probe", "--activation", "tanhh", "--init", "he-normal", "--depth", "2", "--width", "4",
                "--out", tmp.toString()).err()).startsWith("initlab: unknown activation 'tanhh' "
                + "(did you mean 'tanh'?)");
        assertThat(run("train", "--dataset", "circels", "--out", tmp.toString()).err())
                .startsWith("initlab: unknown dataset 'circels' (did you mean 'circles'?)");
        assertThat(run("train", "--optimizer", "adma", "--out", tmp.toString()).err())
                .startsWith("initlab: unknown optimizer 'adma' (did you mean 'adam'?)");
        assertThat(run("lesson", "xaiver").err())
                .startsWith("initlab: unknown lesson 'xaiver' (did you mean 'xavier'?)");
        assertThat(run("sample", "normal:sdt=1", "--fan-in", "3", "--fan-out", "3").err())
                .contains("unknown parameter 'sdt' (did you mean 'std'?)");
        assertThat(run("bench", "--workloads", "wdie").err())
                .contains("unknown workload 'wdie' (did you mean 'wide'?)");
        assertThat(Files.exists(tmp.resolve("report.html"))).isFalse();
    }

    @Test
    void momentumAndAdamCoefficientsAreSettableAndReported() throws Exception {
        Path a = tmp.resolve("m");
        CliTestSupport.Run m = run("train", "--optimizer", "momentum", "--momentum", "0.5", "--epochs", "1",
                "--size", "40", "--depth", "1", "--width", "4", "--record-every", "1000", "--out", a.toString());
        assertThat(m.status()).as(m.err()).isZero();
        assertThat(m.out()).contains("momentum(lr=0.1, mu=0.5)").contains("30 train / 10 test: 75 % train / 25 % test");
        assertThat(Files.readString(a.resolve("report.md"))).contains("mu=0.5").contains("75 % train / 25 % test");
        CliTestSupport.Run adam = run("train", "--optimizer", "adam", "--lr", "0.01", "--beta1", "0.8",
                "--beta2", "0.99", "--epochs", "1", "--size", "40", "--depth", "1", "--width", "4", "--out",
                tmp.resolve("a").toString());
        assertThat(adam.out()).contains("adam(lr=0.01, beta1=0.8, beta2=0.99)");
        assertThat(run("train", "--momentum", "0.5", "--out", tmp.resolve("x").toString()).err())
                .startsWith("initlab: --momentum is used only by --optimizer momentum or nesterov (now sgd)");
        assertThat(run("train", "--optimizer", "adam", "--beta2", "1", "--out", tmp.resolve("x").toString()).err())
                .startsWith("initlab: adam: beta2 must be in [0, 1), got 1.0");
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
