package org.initlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lessons/initlab.jsh, as its header says to start it: JShell runs a tiny script with the imports it provides. */
class JShellStartupTest {
    @TempDir
    Path tmp;

    @Test
    void theStartupFileImportsEnoughToProbeANetwork() throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assumeTrue(Files.isExecutable(jshell), "jshell is part of the JDK");
        Path script = tmp.resolve("try.jsh");
        Files.writeString(script, """
                var r = Probe.run(new Relu(), Initializers.byName("he-normal"), 4, 32, 100, 1);
                printLayers(r)
                System.out.println("tanh gain " + Gains.numeric(new Tanh()));
                /exit
                """);
        Process p = new ProcessBuilder(List.of(jshell.toString(),
                "-J-XX:TieredStopAtLevel=1", "-R-XX:TieredStopAtLevel=1", "-R-Djava.awt.headless=true",
                "--class-path", System.getProperty("java.class.path"),
                "--startup", "DEFAULT", "--startup", "lessons/initlab.jsh", script.toString()))
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("Error").doesNotContain("Exception")
                .contains("layer  act_std       grad_act_std  theory_act_std")
                .containsPattern("\\n +4 +0\\.\\d+ +\\d\\.\\d+ +0\\.8256")
                .contains("tanh gain 1.59");
        assertThat(p.exitValue()).isZero();
    }
}
