package org.initlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson's named figures as tables a person reads: figures named "RUN: MEASURE" are pivoted into one row per run
 * and one column per measure (at most {@link #COLUMNS} measures a table, so that it fits a page), the others listed
 * as figure–value rows. Values go through {@link HumanNumbers}.
 */
public final class KeyFigures {
    /** The most measure columns in one table. */
    public static final int COLUMNS = 3;

    /** A table: header and rows of cells (not yet escaped). */
    public record Table(List<String> header, List<List<String>> rows) {
    }

    private KeyFigures() {
    }

    /** The tables, pivoted where at least two runs share a measure. */
    public static List<Table> tables(Map<String, Double> figures) {
        Map<String, Map<String, Double>> byMeasure = new LinkedHashMap<>();
        Map<String, Double> single = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : figures.entrySet()) {
            int cut = e.getKey().indexOf(": ");
            if (cut > 0) {
                byMeasure.computeIfAbsent(e.getKey().substring(cut + 2), k -> new LinkedHashMap<>())
                        .put(e.getKey().substring(0, cut), e.getValue());
            } else {
                single.put(e.getKey(), e.getValue());
            }
        }
        List<String> shared = new ArrayList<>();
        byMeasure.forEach((measure, runs) -> {
            if (runs.size() >= 2) {
                shared.add(measure);
            } else {
                runs.forEach((run, v) -> single.put(run + ": " + measure, v));
            }
        });
        List<Table> tables = new ArrayList<>();
        for (int start = 0; start < shared.size(); start += COLUMNS) {
            List<String> measures = shared.subList(start, Math.min(shared.size(), start + COLUMNS));
            List<String> runs = new ArrayList<>();
            measures.forEach(m -> byMeasure.get(m).keySet().forEach(r -> {
                if (!runs.contains(r)) {
                    runs.add(r);
                }
            }));
            List<String> header = new ArrayList<>(List.of("run"));
            header.addAll(measures);
            List<List<String>> rows = new ArrayList<>();
            for (String run : runs) {
                List<String> row = new ArrayList<>(List.of(run));
                for (String m : measures) {
                    Double v = byMeasure.get(m).get(run);
                    row.add(v == null ? "" : HumanNumbers.figure(m, v));
                }
                rows.add(row);
            }
            tables.add(new Table(header, rows));
        }
        if (!single.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            single.forEach((k, v) -> rows.add(List.of(k, HumanNumbers.figure(k, v))));
            tables.add(new Table(List.of("figure", "value"), rows));
        }
        return tables;
    }
}
