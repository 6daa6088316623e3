package org.initlab.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A text file read line by line, whose errors say {@code file:line: what is wrong}. Fields split on spaces and tabs.
 */
final class Lines {
    private final Path file;
    private final BufferedReader reader;
    private int number;

    Lines(Path file, BufferedReader reader) {
        this.file = file;
        this.reader = reader;
    }

    /** The next line, or null at the end of the file. */
    String next() throws IOException {
        String line = reader.readLine();
        if (line != null) {
            number++;
        }
        return line;
    }

    /** The next line; at the end of the file an error saying the file is truncated {@code where}. */
    String nextOrTruncated(String where) throws IOException {
        String line = next();
        if (line == null) {
            throw new IllegalArgumentException(file + ":" + (number + 1) + ": truncated — the file ends " + where);
        }
        return line;
    }

    /** An error about the current line. */
    IllegalArgumentException error(String message) {
        return new IllegalArgumentException(file + ":" + Math.max(number, 1) + ": " + message);
    }

    /** The words of a line, split on any run of spaces or tabs. */
    String[] words(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("[ \\t]+");
    }

    /** The value of the next line {@code name VALUE}. */
    String field(String name) throws IOException {
        return fieldOf(nextOrTruncated("before its '" + name + "' line"), name);
    }

    /** The value of {@code line}, which must read {@code name VALUE}. */
    String fieldOf(String line, String name) {
        if (line == null) {
            throw new IllegalArgumentException(file + ":" + (number + 1) + ": truncated — expected a '"
                    + name + "' line");
        }
        String[] parts = line.strip().split("[ \\t]+", 2);
        if (parts.length != 2 || !parts[0].equals(name)) {
            throw error("expected '" + name + " ...', found '" + NetworkFile.abbreviate(line) + "'");
        }
        return parts[1];
    }

    /** A positive whole number, or an error naming {@code what}. */
    int positive(String text, String what) {
        try {
            int v = Integer.parseInt(text.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(what + " must be a positive whole number (at most " + Integer.MAX_VALUE
                + "), found '" + text + "'");
    }

    /**
     * The next line, {@code tag} followed by exactly {@code n} numbers; non-finite ones only when
     * {@code nonFiniteAllowed} (a file that says its run diverged).
     */
    double[] numbers(String tag, int n, int layer, int count, boolean nonFiniteAllowed) throws IOException {
        String line = nextOrTruncated("in layer " + layer + " of " + count + ", before its '" + tag + "' line");
        String[] parts = words(line);
        if (parts.length == 0 || !parts[0].equals(tag) || parts.length != n + 1) {
            throw error("layer " + layer + " needs a line '" + tag + "' with " + n + " numbers, found "
                    + (parts.length > 0 && parts[0].equals(tag) ? parts.length - 1 + " numbers"
                            : "'" + NetworkFile.abbreviate(line) + "'"));
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                values[i] = PlainNumbers.parse(parts[i + 1]);
            } catch (NumberFormatException e) {
                throw error("layer " + layer + ", " + tag + " value " + (i + 1) + ": '" + parts[i + 1]
                        + "' is not a number");
            }
            if (!Double.isFinite(values[i]) && !nonFiniteAllowed) {
                throw error("layer " + layer + ", " + tag + " value " + (i + 1) + " is " + parts[i + 1]
                        + "; a saved network holds finite numbers only, unless its file says 'status diverged' "
                        + "after the activation line");
            }
        }
        return values;
    }
}
