package org.initlab.io;

import java.util.regex.Pattern;

/**
 * Reads numbers written the way people and data files write them: {@code 12}, {@code -0.5}, {@code .25},
 * {@code 1e-3}, {@code 6.02E23}, and the words {@code NaN}, {@code Infinity}, {@code -Infinity} (callers refuse
 * those where they make no sense). Java's {@link Double#parseDouble} also takes {@code 1.5d}, {@code 2f},
 * {@code 0x1p3} and surrounding blanks; in a data file those are typing or export mistakes, so they are refused here.
 */
public final class PlainNumbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WORD = Pattern.compile("[+-]?Infinity|NaN");

    private PlainNumbers() {
    }

    /** The number {@code text} spells, or a {@link NumberFormatException} when it is not a plain decimal number. */
    public static double parse(String text) {
        if (!DECIMAL.matcher(text).matches() && !WORD.matcher(text).matches()) {
            throw new NumberFormatException("not a plain decimal number: '" + text + "'");
        }
        return Double.parseDouble(text);
    }
}
