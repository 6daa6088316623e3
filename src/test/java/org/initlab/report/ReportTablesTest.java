package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tables people read: numbers as people write them, pivoted figures, and cells that never split a row. */
class ReportTablesTest {
    @Test
    void numbersAreWrittenAsPeopleWriteThem() {
        assertThat(HumanNumbers.number(1.4e-10)).isEqualTo("1.4 × 10⁻¹⁰");
        assertThat(HumanNumbers.number(1e308)).isEqualTo("1 × 10³⁰⁸");
        assertThat(HumanNumbers.number(Double.POSITIVE_INFINITY)).isEqualTo("unbounded");
        assertThat(HumanNumbers.number(Double.NaN)).isEqualTo("—");
        assertThat(HumanNumbers.number(0.4110)).isEqualTo("0.411");
        assertThat(HumanNumbers.number(12345)).isEqualTo("12,345");
        assertThat(HumanNumbers.figure("final test accuracy", 0.5)).isEqualTo("50.0 %");
        assertThat(HumanNumbers.figure("diverged at step", 3)).isEqualTo("3");
    }

    @Test
    void figuresSharedByRunsArePivotedIntoOneRowPerRun() {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("tanh, zeros: final test accuracy", 0.5);
        figures.put("relu, zeros: final test accuracy", 0.5);
        figures.put("tanh, zeros: output bias change |Δb|", 1e-3);
        figures.put("relu, zeros: output bias change |Δb|", 2e-3);
        figures.put("reference: test accuracy after", 1.0);
        List<KeyFigures.Table> tables = KeyFigures.tables(figures);
        assertThat(tables.get(0).header()).containsExactly("run", "final test accuracy", "output bias change |Δb|");
        assertThat(tables.get(0).rows()).containsExactly(List.of("tanh, zeros", "50.0 %", "0.001"),
                List.of("relu, zeros", "50.0 %", "0.002"));
        assertThat(tables.get(1).rows()).containsExactly(List.of("reference: test accuracy after", "100.0 %"));
    }

    @Test
    void aPipeInALabelStaysInItsCell() {
        Report report = new Report("t").table(List.of("figure", "value"),
                List.of(List.of("largest |w| (sample)", "0.3261"), List.of("output bias change |Δb|", "0")));
        String html = Report.html("t", report.markdown());
        assertThat(html).contains("<td>largest |w| (sample)</td>").contains("<td>output bias change |Δb|</td>");
        assertThat(html.split("<td", -1).length - 1).isEqualTo(4);
        assertThat(html).contains("<meta name=\"viewport\"").contains("<title>t</title>");
    }
}
