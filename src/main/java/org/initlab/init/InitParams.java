package org.initlab.init;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.initlab.activation.Activations;
import org.initlab.names.DidYouMean;

/**
 * Named parameters for an initializer, as text ({@code std=0.01}, {@code mode=fan-out}, {@code gain=tanh}).
 * Each getter records the names it was asked for, so that {@link #requireAllUsed} can refuse a misspelt one.
 */
public final class InitParams {
    private final String owner;
    private final Map<String, String> values;
    private final Set<String> asked = new LinkedHashSet<>();

    /** The parameters {@code values} (name → text) of the initializer named {@code owner} (used in messages). */
    public InitParams(String owner, Map<String, String> values) {
        this.owner = owner;
        this.values = new LinkedHashMap<>();
        values.forEach((k, v) -> this.values.put(k.trim().toLowerCase(Locale.ROOT), v.trim()));
    }

    /** Parses "key=value,key=value" (empty text: no parameters). */
    public static InitParams parse(String owner, String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException(owner + ": parameter '" + part.trim()
                            + "' is not of the form name=value");
                }
                map.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return new InitParams(owner, map);
    }

    /** A number, or {@code fallback} when absent. NaN and text that is not a number are refused. */
    public double number(String name, double fallback) {
        asked.add(name);
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(text);
            if (Double.isNaN(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(owner + ": " + name + " must be a number, got '" + text + "'");
        }
    }

    /** A whole number, or {@code fallback} when absent. */
    public int integer(String name, int fallback) {
        double v = number(name, fallback);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(owner + ": " + name + " must be a whole number, got "
                    + values.get(name));
        }
        return (int) v;
    }

    /** A gain: a number, or an activation name whose table gain is taken ({@code gain=tanh} is 5/3). */
    public double gain(double fallback) {
        asked.add("gain");
        String text = values.get("gain");
        if (text == null) {
            return fallback;
        }
        try {
            return number("gain", fallback);
        } catch (IllegalArgumentException notNumber) {
            try {
                return Activations.byName(text).gain();
            } catch (IllegalArgumentException notActivation) {
                throw new IllegalArgumentException(owner + ": gain must be a number or an activation name ("
                        + String.join(", ", Activations.NAMES) + "), got '" + text + "'");
            }
        }
    }

    /** {@code mode=fan-in|fan-out|fan-avg}, or {@code fallback} when absent; a bad value names the owner. */
    public FanMode mode(FanMode fallback) {
        asked.add("mode");
        String text = values.get("mode");
        try {
            return text == null ? fallback : FanMode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(owner + ": " + e.getMessage());
        }
    }

    /** {@code distribution=normal|uniform|truncated-normal}, or {@code fallback} when absent. */
    public WeightDistribution distribution(WeightDistribution fallback) {
        asked.add("distribution");
        String text = values.get("distribution");
        try {
            return text == null ? fallback : WeightDistribution.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(owner + ": " + e.getMessage());
        }
    }

    /** Refuses parameters that no getter asked for, naming the ones the initializer takes. */
    public void requireAllUsed() {
        for (String name : values.keySet()) {
            if (!asked.contains(name)) {
                throw new IllegalArgumentException(owner + ": unknown parameter '" + name + "'"
                        + DidYouMean.hint(name, asked) + "; "
                        + (asked.isEmpty() ? "it takes none" : "it takes: " + String.join(", ", asked)));
            }
        }
    }
}
