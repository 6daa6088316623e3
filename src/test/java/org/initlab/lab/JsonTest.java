package org.initlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lab's JSON: numbers stay numbers, the values JSON lacks become null, text is escaped. */
class JsonTest {
    @Test
    void numbersKeepSixSignificantDigitsAndNonFiniteValuesBecomeNull() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("whole", 3.0);
        m.put("small", 1.0e-5);
        m.put("big", 1.5e20);
        m.put("third", 1.0 / 3);
        m.put("nan", Double.NaN);
        m.put("inf", Double.NEGATIVE_INFINITY);
        m.put("array", new double[] {0.5, Double.POSITIVE_INFINITY});
        m.put("counts", new long[] {1, 2});
        assertThat(Json.of(m)).isEqualTo("{\"whole\":3,\"small\":1e-05,\"big\":1.5e+20,\"third\":0.333333,\"nan\":null,"
                + "\"inf\":null,\"array\":[0.5,null],\"counts\":[1,2]}");
    }

    @Test
    void textIsEscapedSoThatNoMessageCanBreakTheAnswerOrThePage() {
        assertThat(Json.of(List.of("a \"b\"\n<script>\\"))).isEqualTo("[\"a \\\"b\\\"\\n\\u003cscript\\u003e\\\\\"]");
    }
}
