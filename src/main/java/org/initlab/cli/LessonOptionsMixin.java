package org.initlab.cli;

import java.nio.file.Path;
import org.initlab.io.MemoryBudget;
import org.initlab.lesson.LessonOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every lesson takes; without one, each lesson uses its own default (see its README). */
final class LessonOptionsMixin {
    private static final String LESSON_DEFAULT = "the lesson's own";

    @Mixin
    ActivationOption activationOption = new ActivationOption().optional(LESSON_DEFAULT);

    @Mixin
    DepthOption depthOption = new DepthOption().optional(LESSON_DEFAULT);

    @Mixin
    WidthOption widthOption = new WidthOption().optional(LESSON_DEFAULT);

    @Mixin
    InitOption initOption = new InitOption().optional(LESSON_DEFAULT);

    @Mixin
    SeedOption seedOption = new SeedOption().optional(LESSON_DEFAULT);

    @Mixin
    EpochsOption epochsOption = new EpochsOption().optional(LESSON_DEFAULT);

    @Option(names = "--seeds", paramLabel = "N",
            description = "seeds per training comparison (median and range are reported)")
    Integer seeds;

    @Option(names = "--quick", description = "a tiny configuration that runs in seconds")
    boolean quick;

    /**
     * The lesson options for output folder {@code out}, every value checked (names included) before any lesson runs.
     */
    LessonOptions toOptions(Path out) {
        String activation = activationOption.value;
        Integer depth = depthOption.value;
        Integer width = widthOption.value;
        String init = initOption.value;
        Integer epochs = epochsOption.value;
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
            long weights = MemoryBudget.arrayLength(width, width, "one layer's weights (--width × --width)");
            MemoryBudget.requireDoubles(2 * weights * (depth == null ? 1 : depth),
                    "a network of " + (depth == null ? "" : depth + " ") + "hidden layers of " + width + " units");
        }
        if (activation != null) {
            PluginClasses.activation(activation);
        }
        if (init != null) {
            PluginClasses.initializer(init);
        }
        if (seeds != null && seeds < 1) {
            throw new IllegalArgumentException("--seeds must be at least 1, got " + seeds);
        }
        return new LessonOptions(activation, depth, width, init, seedOption.value, epochs, out, quick, seeds,
                PluginClasses.NAMES);
    }
}
