package org.initlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.initlab.activation.Tanh;
import org.initlab.cli.CliTestSupport;
import org.initlab.cli.PluginClasses;
import org.initlab.diagnostics.Probe;
import org.initlab.init.Initializer;
import org.initlab.init.Initializers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A student's initializer that declares no expectedStd still gets a theory curve, from its measured weights. */
class StudentProbeTest {
    @TempDir
    Path tmp;

    @Test
    void theTheoryCurveComesFromTheMeasuredVarianceAndSaysSo() throws Exception {
        Initializer student = PluginClasses.initializer("TopLevelInit"); // N(0, 1/fanIn), declares nothing
        assertThat(student.expectedStd(64, 64)).isNaN();
        Probe.Result mine = Probe.run(new Tanh(), student, 8, 64, 300, 3);
        Probe.Result builtIn = Probe.run(new Tanh(), Initializers.byName("lecun-normal"), 8, 64, 300, 3);
        assertThat(mine.theory()).isNotNull();
        assertThat(mine.theoryNote())
                .contains("declares no expectedStd, so the theory curve uses its measured weight std 0.12")
                .contains("(32768 weights of the 8 hidden layers)");
        for (int l = 0; l < 8; l++) {
            assertThat(mine.theory().layers().get(l).activationStd())
                    .isCloseTo(builtIn.theory().layers().get(l).activationStd(), within(0.01));
        }
        assertThat(builtIn.theoryNote()).isEmpty();
        CliTestSupport.Run probe = CliTestSupport.run("probe", "--activation", "tanh", "--init", "TopLevelInit",
                "--depth", "4", "--width", "32", "--batch", "50", "--out", tmp.resolve("p").toString());
        assertThat(probe.out()).contains("theory: TopLevelInit declares no expectedStd");
        assertThat(Files.readString(tmp.resolve("p/report.md"))).contains("declares no expectedStd");
    }
}
