package org.initlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.initlab.io.OutputFolder;
import org.initlab.io.PlainNumbers;

/**
 * Reads a labelled dataset from a CSV file with a header row: every column but the label column must be a number;
 * the label column may hold class names or numbers (classes are numbered in sorted order of their names). The label
 * column is given by its header name or by its 0-based index. A bad row is reported with its line number.
 */
public final class CsvReader {
    private CsvReader() {
    }

    /** The rows of {@code file} as examples, labels from {@code labelColumn} (a header name or a 0-based index). */
    public static Dataset read(Path file, String labelColumn) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        List<double[]> rows = new ArrayList<>();
        List<String> labelTexts = new ArrayList<>();
        int labelIndex;
        int columns;
        int lineNumber = 1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                throw new IllegalArgumentException(file + ": empty file (a header row is needed)");
            }
            if (headerLine.startsWith("\uFEFF")) {
                headerLine = headerLine.substring(1); // the byte-order mark Excel puts before "CSV UTF-8" files
            }
            refuseBinary(file, headerLine, 1);
            String[] header = split(headerLine);
            columns = header.length;
            labelIndex = labelIndex(file, header, labelColumn);
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                refuseBinary(file, line, lineNumber);
                String[] cells = split(line);
                if (cells.length != columns) {
                    throw new IllegalArgumentException(file + ": line " + lineNumber + " has " + cells.length
                            + " columns, the header has " + columns);
                }
                double[] row = new double[columns - 1];
                int k = 0;
                for (int c = 0; c < columns; c++) {
                    if (c == labelIndex) {
                        labelTexts.add(cells[c]);
                        continue;
                    }
                    try {
                        row[k] = PlainNumbers.parse(cells[c]);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(file + ": line " + lineNumber + ", column '" + header[c]
                                + "': '" + cells[c] + "' is not a number");
                    }
                    if (!Double.isFinite(row[k])) {
                        throw new IllegalArgumentException(file + ": line " + lineNumber + ", column '" + header[c]
                                + "': " + cells[c] + " is not a finite number");
                    }
                    k++;
                }
                rows.add(row);
            }
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": line " + (lineNumber + 1)
                    + " is not UTF-8 text (a Latin-1/Windows export or a binary file?); save the file as 'CSV UTF-8'");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + OutputFolder.describe(e) + ")");
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": no data rows after the header");
        }
        Map<String, Integer> classes = new TreeMap<>((a, b) -> {
            try {
                return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
            } catch (NumberFormatException e) {
                return a.compareTo(b);
            }
        });
        labelTexts.forEach(t -> classes.put(t, 0));
        int next = 0;
        for (Map.Entry<String, Integer> e : classes.entrySet()) {
            e.setValue(next++);
        }
        if (classes.size() < 2) {
            throw new IllegalArgumentException(file + ": the label column has only one class");
        }
        int features = columns - 1;
        double[] f = new double[rows.size() * features];
        int[] y = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, f, i * features, features);
            y[i] = classes.get(labelTexts.get(i));
        }
        return new Dataset(file.getFileName().toString(), f, features, y, classes.size());
    }

    private static int labelIndex(Path file, String[] header, String labelColumn) {
        for (int c = 0; c < header.length; c++) {
            if (header[c].equals(labelColumn)) {
                return c;
            }
        }
        try {
            int index = Integer.parseInt(labelColumn);
            if (index >= 0 && index < header.length) {
                return index;
            }
        } catch (NumberFormatException ignored) {
            // not an index either
        }
        throw new IllegalArgumentException(file + ": no column '" + labelColumn + "'; the header has "
                + String.join(", ", header) + " (or give a 0-based index)");
    }

    private static void refuseBinary(Path file, String line, int lineNumber) {
        if (line.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(file + ": line " + lineNumber
                    + " holds a NUL byte: this is a binary file, not CSV text");
        }
    }

    private static String[] split(String line) {
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].trim();
            if (cells[i].length() >= 2 && cells[i].startsWith("\"") && cells[i].endsWith("\"")) {
                cells[i] = cells[i].substring(1, cells[i].length() - 1);
            }
        }
        return cells;
    }
}
