package org.initlab.lab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.activation.Activation;
import org.initlab.data.Datasets;
import org.initlab.init.ComponentNames;
import org.initlab.init.InitParams;
import org.initlab.init.Initializer;
import org.initlab.optim.Optimizer;
import org.initlab.names.ClassNames;
import org.initlab.optim.Optimizers;

/**
 * One configuration of the lab page, read from a request's parameters and checked with the same lookups (and so the
 * same messages) as the command line: {@link ComponentNames#activation}, {@link ComponentNames#initializer},
 * {@link Optimizers#byName}, {@link Datasets#NAMES}. Sizes are capped ({@link #LIMITS}) so that one request cannot
 * exhaust the server's memory, and class names are refused unless the server was started with
 * {@code --allow-classes}. Any problem is an {@link IllegalArgumentException} whose message names the value.
 *
 * <p>Parameters (defaults in brackets): activation [tanh], init [xavier-normal] with the initializer's own
 * parameters under their CLI names (std, gain, mode, slope, mean, low, high, value, cut, scale, distribution,
 * fraction, tolerance, max-iterations), depth [10], width [128], batch [500] (examples pushed through the probe),
 * dataset [circles], optimizer [sgd], lr [0.1], minibatch [32], epochs [30], seed [1].
 */
record LabSettings(String activationName, Activation activation, String initName, Map<String, String> initParams,
                   Initializer initializer, int depth, int width, int batch, String dataset, String optimizerName,
                   double learningRate, int minibatch, int epochs, long seed) {
    /** The largest value of each size parameter; depth × width × batch is capped too ({@link #MAX_PROBE_CELLS}). */
    static final Map<String, Integer> LIMITS = Map.of("depth", 50, "width", 512, "batch", 1000, "minibatch", 500,
            "epochs", 300);
    /** depth × width × batch at most this (20 × 256 × 1000): about 40 MB per stored quantity. */
    static final long MAX_PROBE_CELLS = 5_120_000;
    /** The initializer parameters the page may send, under the CLI's option names. */
    static final List<String> INIT_PARAMETERS = List.of("mean", "std", "low", "high", "value", "cut", "gain", "mode",
            "slope", "scale", "distribution", "fraction", "tolerance", "max-iterations");
    private static final List<String> OTHERS = List.of("activation", "init", "depth", "width", "batch", "dataset",
            "optimizer", "lr", "minibatch", "epochs", "seed", "page");

    /** Reads and checks the parameters; unknown parameter names are refused. */
    static LabSettings parse(Map<String, String> query, ComponentNames names) {
        for (String key : query.keySet()) {
            if (!OTHERS.contains(key) && !INIT_PARAMETERS.contains(key)) {
                throw new IllegalArgumentException("unknown parameter '" + key + "'; the lab takes: "
                        + String.join(", ", OTHERS) + " and the initializer's " + String.join(", ", INIT_PARAMETERS));
            }
        }
        String activationName = text(query, "activation", "tanh");
        String initName = text(query, "init", "xavier-normal");
        refuseClassName("activation", activationName, names.loadsClasses());
        refuseClassName("init", initName, names.loadsClasses());
        Activation activation = names.activation(activationName);
        Map<String, String> params = new LinkedHashMap<>();
        for (String p : INIT_PARAMETERS) {
            String v = query.get(p);
            if (v != null && !v.isBlank()) {
                params.put(p, v.trim());
            }
        }
        Initializer initializer = names.initializer(initName, new InitParams(initName, params));
        int depth = whole(query, "depth", 10);
        int width = whole(query, "width", 128);
        int batch = whole(query, "batch", 500);
        if ((long) depth * width * batch > MAX_PROBE_CELLS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "depth × width × batch = %d × %d × %d is more "
                    + "than the lab's limit of %,d values per layer quantity; make one of them smaller "
                    + "(or use 'initlab probe', which has no limit)", depth, width, batch, MAX_PROBE_CELLS));
        }
        String dataset = text(query, "dataset", "circles").toLowerCase(Locale.ROOT);
        if (!Datasets.NAMES.contains(dataset)) {
            throw new IllegalArgumentException("dataset '" + dataset + "' is not one of the lab's 2-D sets: "
                    + String.join(", ", Datasets.NAMES));
        }
        String optimizerName = text(query, "optimizer", "sgd");
        double lr = number(query, "lr", 0.1);
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("lr must be a positive number, got " + query.get("lr"));
        }
        Optimizers.byName(optimizerName, lr);
        int minibatch = whole(query, "minibatch", 32);
        int epochs = whole(query, "epochs", 30);
        long seed = seed(query);
        return new LabSettings(activationName, activation, initName, params, initializer, depth, width, batch, dataset,
                optimizerName.trim().toLowerCase(Locale.ROOT), lr, minibatch, epochs, seed);
    }

    /** A fresh optimizer (optimizers keep state, so every run gets its own). */
    Optimizer optimizer() {
        return Optimizers.byName(optimizerName, learningRate);
    }

    /** "he-normal:mode=fan-out,slope=0.2", as the CLI's {@code --init} would take it. */
    String initSpec() {
        StringBuilder s = new StringBuilder(initName);
        String sep = ":";
        for (Map.Entry<String, String> e : initParams.entrySet()) {
            s.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = ",";
        }
        return s.toString();
    }

    private static void refuseClassName(String key, String value, boolean allowClasses) {
        if (!allowClasses && ClassNames.looksLikeClassName(value.trim())) {
            throw new IllegalArgumentException(key + " '" + value + "' looks like a class name; the lab loads your own "
                    + "classes only when started with 'initlab serve --allow-classes'");
        }
    }

    private static String text(Map<String, String> query, String key, String fallback) {
        String v = query.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        if (v.length() > 100) {
            throw new IllegalArgumentException(key + " is " + v.length()
                    + " characters long; at most 100 are accepted");
        }
        return v.trim();
    }

    private static int whole(Map<String, String> query, String key, int fallback) {
        String v = query.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + v + "'");
        }
        int least = key.equals("epochs") ? 0 : 1;
        if (n < least) {
            throw new IllegalArgumentException(key + " must be at least " + least + ", got " + n);
        }
        int most = LIMITS.get(key);
        if (n > most) {
            throw new IllegalArgumentException(key + " " + n + " is more than the lab's limit of " + most
                    + " (so that one request cannot exhaust the server's memory)");
        }
        return (int) n;
    }

    private static double number(Map<String, String> query, String key, double fallback) {
        String v = query.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + v + "'");
        }
    }

    private static long seed(Map<String, String> query) {
        String v = query.get("seed");
        if (v == null || v.isBlank()) {
            return 1;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed must be a whole number, got '" + v + "'");
        }
    }
}
