package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Edges every initializer must refuse: an array shorter than fanIn·fanOut and zero fans. */
class InitializerEdgeTest {
    static List<String> names() {
        return Initializers.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void aShortArrayIsRefusedBeforeAnythingIsWritten(String name) {
        Initializer init = Initializers.byName(name);
        double[] shortArray = new double[11];
        Arrays.fill(shortArray, -7);
        assertThatThrownBy(() -> init.fill(shortArray, 3, 4, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(init.name() + ": the array holds 11 values but a 3×4 matrix needs 12");
        assertThat(shortArray).containsOnly(-7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void zeroFansAreRefused(String name) {
        Initializer init = Initializers.byName(name);
        assertThatThrownBy(() -> init.fill(new double[4], 0, 4, new SplittableRandom(1)))
                .hasMessage(init.name() + ": fanIn and fanOut must be positive, got fanIn=0, fanOut=4");
        assertThatThrownBy(() -> init.fill(new double[4], 4, 0, new SplittableRandom(1)))
                .hasMessage(init.name() + ": fanIn and fanOut must be positive, got fanIn=4, fanOut=0");
    }

    @Test
    void identityPutsTheGainOnTheLeadingDiagonalOnly() {
        double[] wide = new double[2 * 3];
        new IdentityWeights(2.5).fill(wide, 2, 3, new SplittableRandom(1));
        assertThat(wide).containsExactly(2.5, 0, 0, 0, 2.5, 0);
        double[] tall = new double[3 * 2];
        Arrays.fill(tall, 9);
        new IdentityWeights(1).fill(tall, 3, 2, new SplittableRandom(1));
        assertThat(tall).containsExactly(1, 0, 0, 1, 0, 0);
        IdentityWeights id = new IdentityWeights(2);
        assertThat(id.expectedMean(2, 3)).isEqualTo(2.0 * 2 / 6);
        assertThat(id.expectedStd(2, 3)).isEqualTo(2 * Math.sqrt(1.0 / 3 * (2.0 / 3)));
        assertThat(id.bound(2, 3)).isEqualTo(2 + 2.0 * 2 / 6);
    }
}
