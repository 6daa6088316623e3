package org.initlab.check;

/** What one criterion's check found: passed or not, the numbers, and the likely mistake (empty when none fits). */
public record Outcome(boolean passed, String detail, String hint) {
    /** A pass with its numbers. */
    public static Outcome pass(String detail) {
        return new Outcome(true, detail, "");
    }

    /** A failure with its numbers and a hint (may be empty). */
    public static Outcome fail(String detail, String hint) {
        return new Outcome(false, detail, hint == null ? "" : hint);
    }

    /** A pass or failure by {@code passed}, with a hint only for a failure. */
    public static Outcome of(boolean passed, String detail, String hint) {
        return passed ? pass(detail) : fail(detail, hint);
    }
}
