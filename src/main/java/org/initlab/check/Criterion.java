package org.initlab.check;

/** One graded criterion of a check: its name, whether it passed, and the numbers behind the verdict. */
public record Criterion(String name, boolean passed, String detail) {
    @Override
    public String toString() {
        return (passed ? "PASS  " : "FAIL  ") + name + ": " + detail;
    }
}
