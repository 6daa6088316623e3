package org.initlab.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions come nearest first, and a three-letter prefix or a single edit is enough to be suggested. */
class DidYouMeanOrderTest {
    @Test
    void theNearestNameComesFirstEvenWhenItSortsLaterAlphabetically() {
        // "xbc" is one substitution from "abc"; "abcaaa" only starts with it (distance 3)
        assertThat(DidYouMean.closest("abc", List.of("abcaaa", "zzzzzz", "xbc"))).containsExactly("xbc", "abcaaa");
        assertThat(DidYouMean.hint("abc", List.of("abcaaa", "zzzzzz", "xbc")))
                .isEqualTo(" (did you mean 'xbc' or 'abcaaa'?)");
    }

    @Test
    void aTwoLetterPrefixIsNotEnough() {
        assertThat(DidYouMean.closest("ab", List.of("abcdef"))).isEmpty();
    }
}
