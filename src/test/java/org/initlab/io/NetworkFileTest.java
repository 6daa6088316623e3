package org.initlab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.initlab.activation.Tanh;
import org.initlab.init.XavierNormal;
import org.initlab.init.Zeros;
import org.initlab.nn.Mlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved networks: exact round trips, and every damaged file refused with its name and line. */
class NetworkFileTest {
    @TempDir
    Path tmp;

    private static final String SMALL = "initlab-network 1\nactivation tanh\nlayers 2\nlayer 1 2 2\nw 1 2 3 4\nb 0 0\n"
            + "layer 2 2 1\nw 0.5 -0.5\nb 0.25\nend\n";

    private Path file(String text) throws IOException {
        return Files.writeString(tmp.resolve("net.txt"), text);
    }

    @Test
    void roundTripIsExactAndTheSaveLeavesNoTemporaryFile() throws IOException {
        Mlp net = new Mlp(3, List.of(4), 2, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 7);
        Path saved = tmp.resolve("n.txt");
        NetworkFile.save(net, saved);
        Mlp back = NetworkFile.load(saved);
        assertThat(back.layers().get(0).weights().value().data)
                .containsExactly(net.layers().get(0).weights().value().data);
        assertThat(Files.readString(saved)).doesNotContain("status");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("n.txt");
        }
    }

    @Test
    void tabsAndRunsOfSpacesSeparateNumbers() throws IOException {
        Mlp net = NetworkFile.load(file(SMALL.replace("w 1 2 3 4", "w\t1  2\t\t3   4")
                .replace("layer 2 2 1", "layer\t2  2 1")));
        assertThat(net.layers().get(0).weights().value().data).containsExactly(1, 2, 3, 4);
    }

    @Test
    void nonFiniteValuesOnlyWhenTheFileSaysTheRunDiverged() throws IOException {
        Path inf = file(SMALL.replace("w 1 2 3 4", "w 1 Infinity 3 4"));
        assertThatThrownBy(() -> NetworkFile.load(inf)).hasMessage(inf + ":5: layer 1, w value 2 is Infinity; a saved "
                + "network holds finite numbers only, unless its file says 'status diverged' "
                + "after the activation line");
        Path big = file(SMALL.replace("w 1 2 3 4", "w 1 2 1e999 4"));
        assertThatThrownBy(() -> NetworkFile.load(big)).hasMessageStartingWith(big + ":5: layer 1, w value 3 is 1e999");
        Path nan = file(SMALL.replace("b 0.25", "b NaN"));
        assertThatThrownBy(() -> NetworkFile.load(nan)).hasMessageStartingWith(nan + ":9: layer 2, b value 1 is NaN");
        Path diverged = file(SMALL.replace("activation tanh\n", "activation tanh\nstatus diverged\n")
                .replace("b NaN", "b 0.25")
                .replace("w 1 2 3 4", "w 1 Infinity 3 NaN"));
        assertThat(NetworkFile.load(diverged).layers().get(0).weights().value().data[1]).isInfinite();
    }

    @Test
    void aDivergedNetworkIsSavedWithItsStatusAndLoadsBack() {
        Mlp net = new Mlp(2, List.of(2), 1, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 1);
        net.layers().get(0).weights().value().data[0] = Double.POSITIVE_INFINITY;
        Path saved = tmp.resolve("d.txt");
        NetworkFile.save(net, saved);
        assertThat(NetworkFile.load(saved).layers().get(0).weights().value().data[0])
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void nothingMayFollowEnd() throws IOException {
        Path twice = file(SMALL + SMALL);
        assertThatThrownBy(() -> NetworkFile.load(twice)).hasMessage(twice + ":11: nothing may follow 'end', found "
                + "'initlab-network 1' (two networks in one file, or a file written twice at once?)");
        assertThat(NetworkFile.load(file(SMALL + "\n  \n")).layers()).hasSize(2);
    }

    @Test
    void errorsNameTheFileAndTheLine() throws IOException {
        Path typo = file(SMALL.replace("activation tanh", "activation tanhh"));
        assertThatThrownBy(() -> NetworkFile.load(typo))
                .hasMessageStartingWith(typo + ":2: unknown activation 'tanhh' (did you mean 'tanh'?)");
        Path count = file(SMALL.replace("w 0.5 -0.5", "w 0.5"));
        assertThatThrownBy(() -> NetworkFile.load(count))
                .hasMessage(count + ":8: layer 2 needs a line 'w' with 2 numbers, found 1 numbers");
        Path word = file(SMALL.replace("w 1 2 3 4", "w 1 2 x 4"));
        assertThatThrownBy(() -> NetworkFile.load(word))
                .hasMessage(word + ":5: layer 1, w value 3: 'x' is not a number");
        Path javaOnly = file(SMALL.replace("w 1 2 3 4", "w 1 2 3d 4"));
        assertThatThrownBy(() -> NetworkFile.load(javaOnly)).hasMessageContaining("'3d' is not a number");
        Path noEnd = file(SMALL.replace("end\n", ""));
        assertThatThrownBy(() -> NetworkFile.load(noEnd))
                .hasMessage(noEnd + ":10: truncated — the file ends before 'end'");
        Path wrongLayer = file(SMALL.replace("layer 2 2 1", "layer 3 2 1"));
        assertThatThrownBy(() -> NetworkFile.load(wrongLayer))
                .hasMessageStartingWith(wrongLayer + ":7: expected 'layer 2 fanIn fanOut'");
    }

    @Test
    void overflowingDimensionsAreNamedNotWrapped() throws IOException {
        Path huge = file(SMALL.replace("layer 1 2 2", "layer 1 65536 65535"));
        assertThatThrownBy(() -> NetworkFile.load(huge))
                .hasMessageStartingWith(huge + ":4: layer 1's weight matrix (fanIn × fanOut) "
                + "is 65536 × 65535 = 4294901760 numbers");
        Path tooBig = file(SMALL.replace("layer 1 2 2", "layer 1 2 99999999999"));
        assertThatThrownBy(() -> NetworkFile.load(tooBig))
                .hasMessageStartingWith(tooBig + ":4: fanOut of layer 1 must be a positive whole number");
    }
}
