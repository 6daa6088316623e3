package org.initlab.init;

import java.util.Locale;

/** The shape of a variance-scaling scheme's distribution: uniform, normal, or normal truncated at ±2 std. */
public enum WeightDistribution {
    UNIFORM("uniform"), NORMAL("normal"), TRUNCATED_NORMAL("truncated-normal");

    private final String label;

    WeightDistribution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static WeightDistribution parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (WeightDistribution d : values()) {
            if (d.label.equals(t)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown distribution '" + text + "'; known: uniform, normal, truncated-normal");
    }

    @Override
    public String toString() {
        return label;
    }
}
