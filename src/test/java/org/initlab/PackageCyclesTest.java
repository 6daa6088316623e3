package org.initlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.initlab.names.DidYouMean;
import org.junit.jupiter.api.Test;

/**
 * No package uses a package that uses it back, directly or through others: every package of the main classes
 * (org.initlab.* and the lessons' packages) can be read and understood from the ones below it.
 */
class PackageCyclesTest {
    @Test
    void theMainPackagesHaveNoCycles() throws Exception {
        Path classes = Path.of(DidYouMean.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> cycles = PackageGraph.of(classes).cycles();
        assertThat(cycles).as("package cycles in %s (each with the classes behind each step):%n  %s", classes,
                String.join("\n  ", cycles)).isEmpty();
    }

    @Test
    void aCycleIsNamedWithTheClassesThatMakeIt() {
        PackageGraph graph = new PackageGraph();
        graph.add("a.Low", "b.High");
        graph.add("b.High", "c.Top");
        graph.add("c.Top", "a.Low");
        graph.add("c.Top", "d.Leaf");
        graph.add("a.Low", "a.Other");
        assertThat(graph.cycles()).containsExactly("a -> b -> c -> a\n      a -> b: Low -> High\n"
                + "      b -> c: High -> Top\n      c -> a: Top -> Low");
        PackageGraph layered = new PackageGraph();
        layered.add("a.X", "b.Y");
        layered.add("b.Y", "c.Z");
        layered.add("a.X", "c.Z");
        assertThat(layered.cycles()).isEmpty();
    }
}
