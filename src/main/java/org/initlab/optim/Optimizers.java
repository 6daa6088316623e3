package org.initlab.optim;

import java.util.List;
import java.util.Locale;

/** Finds optimizers by name: {@code sgd}, {@code momentum} (μ = 0.9), {@code nesterov} (μ = 0.9), {@code adam}. */
public final class Optimizers {
    /** The names {@link #byName} knows. */
    public static final List<String> NAMES = List.of("sgd", "momentum", "nesterov", "adam");

    private Optimizers() {
    }

    /**
     * The optimizer {@code name} (one of {@link #NAMES}, any case) with learning rate η; an unknown name gets a
     * message that lists the known ones.
     */
    public static Optimizer byName(String name, double learningRate) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "sgd":
                return new Sgd(learningRate);
            case "momentum":
                return new Momentum(learningRate, 0.9, false);
            case "nesterov":
                return new Momentum(learningRate, 0.9, true);
            case "adam":
                return new Adam(learningRate);
            default:
                throw new IllegalArgumentException("unknown optimizer '" + name + "'; known: " + String.join(", ", NAMES));
        }
    }
}
