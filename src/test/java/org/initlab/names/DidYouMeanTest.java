package org.initlab.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    private static final List<String> VERBS = List.of("all", "lessons", "lesson", "inits", "gains", "sample", "probe",
            "train", "bench");

    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertThat(DidYouMean.distance("trian", "train")).isEqualTo(1);
        assertThat(DidYouMean.distance("actvation", "activation")).isEqualTo(1);
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
        assertThat(DidYouMean.distance("abc", "")).isEqualTo(3);
        assertThat(DidYouMean.distance("same", "same")).isZero();
        assertThat(DidYouMean.distance("ca", "abc")).isEqualTo(3);
    }

    @Test
    void suggestsTheNearestNamesAndNothingFarAway() {
        assertThat(DidYouMean.closest("trian", VERBS)).containsExactly("train");
        assertThat(DidYouMean.closest("Probe", VERBS)).containsExactly("probe");
        assertThat(DidYouMean.closest("probe", VERBS)).isEmpty();
        assertThat(DidYouMean.closest("xyz", VERBS)).isEmpty();
        assertThat(DidYouMean.closest("lesso", VERBS)).containsExactly("lesson", "lessons");
        assertThat(DidYouMean.closest("xavier", List.of("xavier-normal", "xavier-uniform", "he-normal")))
                .containsExactly("xavier-normal", "xavier-uniform");
        assertThat(DidYouMean.closest("he_normal", List.of("xavier-normal", "he-normal", "he-uniform")))
                .containsExactly("he-normal");
    }

    @Test
    void hintReadsAsASentenceOrIsEmpty() {
        assertThat(DidYouMean.hint("tanhh", List.of("tanh", "relu"))).isEqualTo(" (did you mean 'tanh'?)");
        assertThat(DidYouMean.hint("lesso", VERBS)).isEqualTo(" (did you mean 'lesson' or 'lessons'?)");
        assertThat(DidYouMean.hint("cat", List.of("cut", "car", "dog", "bat")))
                .isEqualTo(" (did you mean 'bat', 'car' or 'cut'?)");
        assertThat(DidYouMean.hint("glorot", VERBS)).isEmpty();
    }
}
