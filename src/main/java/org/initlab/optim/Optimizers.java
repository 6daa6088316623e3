package org.initlab.optim;

import java.util.List;
import java.util.Locale;
import org.initlab.names.DidYouMean;

/**
 * Finds optimizers by name: {@code sgd}, {@code momentum} (μ = 0.9 unless given), {@code nesterov} (μ = 0.9 unless
 * given), {@code adam} (β₁ = 0.9, β₂ = 0.999, ε = 1e-8 unless given).
 */
public final class Optimizers {
    /** The names {@link #byName} knows. */
    public static final List<String> NAMES = List.of("sgd", "momentum", "nesterov", "adam");

    private Optimizers() {
    }

    /** The default momentum coefficient μ of {@code momentum} and {@code nesterov}. */
    public static final double DEFAULT_MOMENTUM = 0.9;
    /** Adam's default β₁ (decay of the gradient's running mean). */
    public static final double DEFAULT_BETA1 = 0.9;
    /** Adam's default β₂ (decay of the squared gradient's running mean). */
    public static final double DEFAULT_BETA2 = 0.999;

    /** The optimizer {@code name} with learning rate η and the default coefficients (see the class comment). */
    public static Optimizer byName(String name, double learningRate) {
        return create(name, learningRate, DEFAULT_MOMENTUM, DEFAULT_BETA1, DEFAULT_BETA2);
    }

    /**
     * The optimizer {@code name} with learning rate η, momentum μ (used by momentum and nesterov) and Adam's β₁, β₂
     * (used by adam); each must lie in [0, 1).
     */
    public static Optimizer create(String name, double learningRate, double momentum, double beta1, double beta2) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "sgd":
                return new Sgd(learningRate);
            case "momentum":
                return new Momentum(learningRate, momentum, false);
            case "nesterov":
                return new Momentum(learningRate, momentum, true);
            case "adam":
                return new Adam(learningRate, beta1, beta2, 1e-8);
            default:
                throw new IllegalArgumentException("unknown optimizer '" + name + "'" + DidYouMean.hint(name, NAMES)
                        + "; known: " + String.join(", ", NAMES));
        }
    }
}
