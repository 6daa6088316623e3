package org.initlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A request's query string: decoded names and values in order, duplicates and bad escapes refused, the page id. */
class QueryTest {
    @Test
    void noQueryIsAnEmptyMap() {
        assertThat(Query.parse(null)).isEmpty();
        assertThat(Query.parse("")).isEmpty();
        assertThat(Query.parse("&&")).isEmpty();
    }

    @Test
    void namesAndValuesAreDecodedAndKeptInTheirOrder() {
        assertThat(Query.parse("b=2&&a=x%20y+z&flag&k=v=w&=empty-name"))
                .containsExactly(entry("b", "2"), entry("a", "x y z"), entry("flag", ""), entry("k", "v=w"),
                        entry("", "empty-name"));
        assertThat(Query.parse("init=he%2Dnormal%3Amode%3Dfan-out")).containsExactly(entry("init",
                "he-normal:mode=fan-out"));
    }

    @Test
    void aNameGivenTwiceIsRefusedEvenWithAnEmptyValue() {
        assertThatThrownBy(() -> Query.parse("depth=1&width=2&depth=3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter 'depth' is given twice");
        assertThatThrownBy(() -> Query.parse("flag&flag")).hasMessage("parameter 'flag' is given twice");
    }

    @Test
    void aMalformedEscapeIsOneClearMessageNamingThePart() {
        assertThatThrownBy(() -> Query.parse("%zz=1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the query has a malformed %-escape: '%zz'");
        assertThatThrownBy(() -> Query.parse("std=%4")).hasMessage("the query has a malformed %-escape: '%4'");
    }

    @Test
    void thePageIdIsOneToSixtyFourLettersDigitsOrHyphens() {
        assertThat(Query.page(Map.of("page", "abc-DEF-123"))).isEqualTo("abc-DEF-123");
        assertThat(Query.page(Map.of("page", "x"))).isEqualTo("x");
        assertThat(Query.page(Map.of("page", "p".repeat(64)))).isEqualTo("p".repeat(64));
        String prefix = "page must be the page's id (1 to 64 letters, digits or hyphens), got ";
        assertThatThrownBy(() -> Query.page(Map.of("page", "p".repeat(65))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(prefix + "'" + "p".repeat(65) + "'");
        assertThatThrownBy(() -> Query.page(Map.of("page", ""))).hasMessage(prefix + "''");
        assertThatThrownBy(() -> Query.page(Map.of("page", "../x"))).hasMessage(prefix + "'../x'");
        assertThatThrownBy(() -> Query.page(new HashMap<>())).hasMessage(prefix + "none");
    }
}
