package org.initlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
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

    @Test
    void wholeNumbersBelowOneQuadrillionAreWrittenWithoutADecimalPoint() {
        assertThat(Json.of(List.of(-3.0, -0.0, 0.0, 999_999_999_999_999.0, 1e15, 1.5e300)))
                .isEqualTo("[-3,0,0,999999999999999,1e+15,1.5e+300]");
    }

    @Test
    void otherNumbersLoseTheirTrailingZerosAndAnEmptyFraction() {
        assertThat(Json.of(List.of(0.1, -2.5, 100.5, 1234567.8, 0.000123, 0.0000123, 1.0000001, 2.5f)))
                .isEqualTo("[0.1,-2.5,100.5,1.23457e+06,0.000123,1.23e-05,1,2.5]");
        assertThat(Json.of(List.of(Float.NaN, 7, 8L, true, false))).isEqualTo("[null,7,8,true,false]");
    }

    @Test
    void arraysOfEveryKindAreCommaSeparatedAndMayBeEmpty() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ints", new int[] {1, -2, 3});
        m.put("longs", new long[] {4, 5, 6});
        m.put("doubles", new double[] {1, 2.5, Double.NaN});
        m.put("objects", new Object[] {"a", 1, null});
        m.put("noInts", new int[0]);
        m.put("noLongs", new long[0]);
        m.put("noDoubles", new double[0]);
        m.put("noList", new ArrayList<>());
        m.put("noMap", Map.of());
        assertThat(Json.of(m)).isEqualTo("{\"ints\":[1,-2,3],\"longs\":[4,5,6],\"doubles\":[1,2.5,null],"
                + "\"objects\":[\"a\",1,null],\"noInts\":[],\"noLongs\":[],\"noDoubles\":[],\"noList\":[],"
                + "\"noMap\":{}}");
    }

    @Test
    void nestedValuesKeepTheirStructureAndOtherObjectsBecomeTheirText() {
        Map<Object, Object> inner = new LinkedHashMap<>();
        inner.put("n", 2);
        inner.put(7, "key made text");
        assertThat(Json.of(List.of(inner, List.of(List.of()), DayOfWeek.MONDAY)))
                .isEqualTo("[{\"n\":2,\"7\":\"key made text\"},[[]],\"MONDAY\"]");
        assertThat(Json.of(null)).isEqualTo("null");
    }

    @Test
    void controlCharactersAndHtmlSpecialsAreEscapedButSpaceIsNot() {
        assertThat(Json.of("\r\t\u0001\u001f a&b>c")).isEqualTo("\"\\r\\t\\u0001\\u001f a\\u0026b\\u003ec\"");
    }
}
