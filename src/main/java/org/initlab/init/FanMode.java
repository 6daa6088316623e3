package org.initlab.init;

import java.util.Locale;

/**
 * Which fan a variance-scaling scheme divides by. For a fanIn × fanOut weight matrix: {@code fan-in} keeps the
 * forward signal's variance (each unit sums fanIn inputs), {@code fan-out} keeps the backward signal's variance
 * (each input's gradient sums fanOut units), {@code fan-avg} = (fanIn + fanOut)/2 is Glorot's compromise.
 */
public enum FanMode {
    /** Divide by fanIn: keeps the forward signal's variance. */
    FAN_IN("fan-in"),
    /** Divide by fanOut: keeps the backward signal's variance. */
    FAN_OUT("fan-out"),
    /** Divide by (fanIn + fanOut)/2: Glorot's compromise. */
    FAN_AVG("fan-avg");

    private final String label;

    FanMode(String label) {
        this.label = label;
    }

    /** {@code fan-in}, {@code fan-out} or {@code fan-avg}: how names write the mode and {@link #parse} reads it. */
    public String label() {
        return label;
    }

    /** The fan this mode uses. */
    public double fan(int fanIn, int fanOut) {
        switch (this) {
            case FAN_IN:
                return fanIn;
            case FAN_OUT:
                return fanOut;
            default:
                return (fanIn + fanOut) / 2.0;
        }
    }

    /** Parses a label such as written on the command line; refuses unknown ones with the known list. */
    public static FanMode parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (FanMode m : values()) {
            if (m.label.equals(t) || m.label.replace("-", "").equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + text + "'; known: fan-in, fan-out, fan-avg");
    }

    @Override
    public String toString() {
        return label;
    }
}
