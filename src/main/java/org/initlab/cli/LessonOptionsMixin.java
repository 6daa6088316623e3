package org.initlab.cli;

import java.nio.file.Path;
import org.initlab.lesson.LessonOptions;
import picocli.CommandLine.Option;

/** The options every lesson takes. */
final class LessonOptionsMixin {
    @Option(names = "--activation", paramLabel = "NAME", description = "hidden activation (e.g. tanh, relu, sigmoid)")
    String activation;

    @Option(names = "--depth", paramLabel = "L", description = "number of hidden layers")
    Integer depth;

    @Option(names = "--width", paramLabel = "N", description = "units per hidden layer")
    Integer width;

    @Option(names = "--init", paramLabel = "INIT", description = "weight initializer, e.g. he-normal or normal:std=0.01 (see 'initlab inits')")
    String init;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (same seed, same numbers)")
    Long seed;

    @Option(names = "--epochs", paramLabel = "E", description = "training epochs")
    Integer epochs;

    @Option(names = "--seeds", paramLabel = "N", description = "seeds per training comparison (median and range are reported)")
    Integer seeds;

    @Option(names = "--quick", description = "a tiny configuration that runs in seconds")
    boolean quick;

    /** The lesson options for output folder {@code out}, every value checked (names included) before any lesson runs. */
    LessonOptions toOptions(Path out) {
        if (depth != null && depth < 1) {
            throw new IllegalArgumentException("--depth must be at least 1, got " + depth);
        }
        if (width != null && width < 1) {
            throw new IllegalArgumentException("--width must be at least 1, got " + width);
        }
        if (epochs != null && epochs < 0) {
            throw new IllegalArgumentException("--epochs must be 0 or more, got " + epochs);
        }
        if (out.toString().isBlank()) {
            throw new IllegalArgumentException("--out is empty; give a folder name such as --out reports");
        }
        if (width != null) {
            long weights = org.initlab.io.MemoryBudget.arrayLength(width, width, "one layer's weights (--width × --width)");
            org.initlab.io.MemoryBudget.requireDoubles(2 * weights * (depth == null ? 1 : depth),
                    "a network of " + (depth == null ? "" : depth + " ") + "hidden layers of " + width + " units");
        }
        if (activation != null) {
            org.initlab.activation.Activations.byName(activation);
        }
        if (init != null) {
            org.initlab.init.Initializers.byName(init);
        }
        if (seeds != null && seeds < 1) {
            throw new IllegalArgumentException("--seeds must be at least 1, got " + seeds);
        }
        return new LessonOptions(activation, depth, width, init, seed, epochs, out, quick, seeds);
    }
}
