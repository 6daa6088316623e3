package org.initlab.lab;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * A tiny JSON writer for the lab's answers: maps become objects, collections and arrays become arrays, numbers stay
 * numbers (NaN and ±Inf, which JSON lacks, become {@code null}), everything else becomes a string.
 */
final class Json {
    private Json() {
    }

    /** The JSON text of {@code value}. */
    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            out.append(Double.isFinite(d) ? number(d) : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                out.append(first ? "" : ",");
                first = false;
                write(item, out);
            }
            out.append(']');
        } else if (value instanceof double[] array) {
            out.append('[');
            for (int i = 0; i < array.length; i++) {
                out.append(i == 0 ? "" : ",").append(Double.isFinite(array[i]) ? number(array[i]) : "null");
            }
            out.append(']');
        } else if (value instanceof long[] array) {
            out.append('[');
            for (int i = 0; i < array.length; i++) {
                out.append(i == 0 ? "" : ",").append(array[i]);
            }
            out.append(']');
        } else if (value instanceof int[] array) {
            out.append('[');
            for (int i = 0; i < array.length; i++) {
                out.append(i == 0 ? "" : ",").append(array[i]);
            }
            out.append(']');
        } else if (value instanceof Object[] array) {
            write(Arrays.asList(array), out);
        } else {
            string(value.toString(), out);
        }
    }

    /** Whole numbers without ".0"; others with up to 6 significant digits (plenty for a plot). */
    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.6g", d).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2")
                .replace(".e", "e").replaceFirst("\\.$", "");
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
