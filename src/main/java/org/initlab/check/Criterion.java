package org.initlab.check;

import java.util.Locale;

/**
 * One graded criterion of a check: its name (no commas, so it can be a CSV column), its verdict, the numbers behind
 * the verdict and, for a failure where a common mistake fits, a hint naming that mistake (empty otherwise).
 */
public record Criterion(String name, Status status, String detail, String hint) {
    /** A criterion's verdict. {@code NOT_RUN}: the check stopped before it (the detail says why). */
    public enum Status { PASSED, FAILED, NOT_RUN }

    /** A criterion with a verdict and no hint. */
    public Criterion(String name, boolean passed, String detail) {
        this(name, passed ? Status.PASSED : Status.FAILED, detail, "");
    }

    /** True for status PASSED only: FAILED and NOT_RUN both count as not passed. */
    public boolean passed() {
        return status == Status.PASSED;
    }

    /** {@code PASS}, {@code FAIL} or {@code NOT RUN}. */
    public String label() {
        return switch (status) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case NOT_RUN -> "NOT RUN";
        };
    }

    /** "PASS  name: detail", with the hint on a line of its own. */
    @Override
    public String toString() {
        String head = String.format(Locale.ROOT, "%-5s %s: %s", label(), name, detail.replace("\n", "\n        "));
        return hint.isEmpty() ? head : head + "\n        hint: " + hint;
    }
}
