package org.initlab.init;

import java.util.Locale;

/** The shape of a variance-scaling scheme's distribution: uniform, normal, or normal truncated at ±2 std. */
public enum WeightDistribution {
    /** Uniform on ±√3·std. */
    UNIFORM("uniform"),
    /** Normal with the given std. */
    NORMAL("normal"),
    /** Normal cut at ±2 std, widened so that the std is kept. */
    TRUNCATED_NORMAL("truncated-normal");

    private final String label;

    WeightDistribution(String label) {
        this.label = label;
    }

    /**
     * {@code uniform}, {@code normal} or {@code truncated-normal}: how the distribution is written in names and
     * {@link #parse} reads it.
     */
    public String label() {
        return label;
    }

    /** Parses a label such as written on the command line; refuses unknown ones with the known list. */
    public static WeightDistribution parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (WeightDistribution d : values()) {
            if (d.label.equals(t)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown distribution '" + text
                + "'; known: uniform, normal, truncated-normal");
    }

    @Override
    public String toString() {
        return label;
    }
}
