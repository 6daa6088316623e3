package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How named figures become tables: pivoted by measure, at most three measures a table, the rest as figure rows. */
class KeyFiguresTest {
    @Test
    void fourSharedMeasuresMakeATableOfThreeAndATableOfOne() {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String run : List.of("a", "b")) {
            figures.put(run + ": loss", run.equals("a") ? 0.5 : 0.25);
            figures.put(run + ": steps", run.equals("a") ? 10.0 : 20.0);
            figures.put(run + ": dead fraction", run.equals("a") ? 0.0 : 0.5);
            figures.put(run + ": largest |w|", run.equals("a") ? 1.5 : 3.0);
        }
        List<KeyFigures.Table> tables = KeyFigures.tables(figures);
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).header()).containsExactly("run", "loss", "steps", "dead fraction");
        assertThat(tables.get(0).rows()).containsExactly(List.of("a", "0.5", "10", "0.0 %"),
                List.of("b", "0.25", "20", "50.0 %"));
        assertThat(tables.get(1).header()).containsExactly("run", "largest |w|");
        assertThat(tables.get(1).rows()).containsExactly(List.of("a", "1.5"), List.of("b", "3"));
    }

    @Test
    void aRunWithoutAMeasureGetsAnEmptyCellAndRunsKeepTheirFirstOrder() {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("b: loss", 0.75);
        figures.put("a: loss", 0.5);
        figures.put("a: steps", 7.0);
        figures.put("c: steps", 9.0);
        List<KeyFigures.Table> tables = KeyFigures.tables(figures);
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).header()).containsExactly("run", "loss", "steps");
        assertThat(tables.get(0).rows()).containsExactly(List.of("b", "0.75", ""), List.of("a", "0.5", "7"),
                List.of("c", "", "9"));
    }

    @Test
    void aMeasureOfOneRunAndNamesWithoutARunAreListedAsFigures() {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("seed", 42.0);
        figures.put("only: loss", 0.125);
        figures.put(": odd", 2.0);
        List<KeyFigures.Table> tables = KeyFigures.tables(figures);
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).header()).containsExactly("figure", "value");
        // single figures first in their own order, then the one-run measures written back as "run: measure"
        assertThat(tables.get(0).rows()).containsExactly(List.of("seed", "42"), List.of(": odd", "2"),
                List.of("only: loss", "0.125"));
    }

    @Test
    void noFiguresNoTables() {
        assertThat(KeyFigures.tables(Map.of())).isEmpty();
    }
}
