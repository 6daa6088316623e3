package org.initlab.activation;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;
import org.initlab.names.DidYouMean;

/**
 * Finds activations by their stable names: {@code identity} (or {@code linear}), {@code sigmoid}, {@code tanh},
 * {@code relu}, {@code leaky-relu} (slope 0.01; {@code leaky-relu:0.2} for another), {@code elu}, {@code selu},
 * {@code softplus}, {@code gelu}. (The command line also takes the class name of a student's own activation; that
 * loading lives in {@code org.initlab.cli.PluginClasses}, not here.)
 */
public final class Activations {
    /** The names {@link #byName} knows, in teaching order. */
    public static final List<String> NAMES =
            List.of("identity", "sigmoid", "tanh", "relu", "leaky-relu", "elu", "selu", "softplus", "gelu");

    private Activations() {
    }

    /**
     * The activation with this name; a parameter may follow a colon ({@code leaky-relu:0.2}, {@code elu:0.5}).
     *
     * @throws IllegalArgumentException naming the unknown name and listing the known ones
     */
    public static Activation byName(String spec) {
        String name = spec.trim().toLowerCase(Locale.ROOT);
        String param = null;
        int colon = name.indexOf(':');
        if (colon >= 0) {
            param = name.substring(colon + 1);
            name = name.substring(0, colon);
        }
        switch (name) {
            case "identity":
            case "linear":
                return plain(name, param, Identity::new);
            case "sigmoid":
                return plain(name, param, Sigmoid::new);
            case "tanh":
                return plain(name, param, Tanh::new);
            case "relu":
                return plain(name, param, Relu::new);
            case "leaky-relu":
            case "leakyrelu":
                return withParameter(name, param, LeakyRelu.DEFAULT_SLOPE, LeakyRelu::new);
            case "elu":
                return withParameter(name, param, 1.0, Elu::new);
            case "selu":
                return plain(name, param, Selu::new);
            case "softplus":
                return plain(name, param, Softplus::new);
            case "gelu":
                return plain(name, param, Gelu::new);
            default:
                throw new IllegalArgumentException("unknown activation '" + spec + "'" + DidYouMean.hint(name, NAMES)
                        + "; known: " + String.join(", ", NAMES));
        }
    }

    private static Activation plain(String name, String param, Supplier<Activation> make) {
        if (param != null) {
            throw new IllegalArgumentException("activation '" + name + "' takes no parameter, got ':" + param + "'");
        }
        return make.get();
    }

    private static Activation withParameter(String name, String param, double fallback,
            DoubleFunction<Activation> make) {
        if (param == null) {
            return make.apply(fallback);
        }
        try {
            return make.apply(Double.parseDouble(param));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("activation '" + name + "': parameter '" + param + "' is not a number");
        }
    }
}
