package org.initlab.lesson;

import java.nio.file.Path;
import org.initlab.activation.Activation;
import org.initlab.init.ComponentNames;
import org.initlab.init.Initializer;

/**
 * The settings a student may change on any lesson; a null field means "the lesson's default".
 *
 * @param quick a tiny configuration for tests (seconds or less)
 * @param seeds how many seeds (seed, seed + 1, ...) a lesson's training comparisons run, to report median and range
 * @param names turns activation and initializer names into objects ({@link #newActivation}, {@link #newInitializer}):
 *              built-in names, and from the command line also a student's own classes
 */
public record LessonOptions(String activation, Integer depth, Integer width, String init, Long seed, Integer epochs,
                            Path out, boolean quick, Integer seeds, ComponentNames names) {
    /** The options with the built-in names only. */
    public LessonOptions(String activation, Integer depth, Integer width, String init, Long seed, Integer epochs,
                         Path out, boolean quick, Integer seeds) {
        this(activation, depth, width, init, seed, epochs, out, quick, seeds, ComponentNames.BUILT_IN);
    }

    /** The options with the lesson's own number of seeds. */
    public LessonOptions(String activation, Integer depth, Integer width, String init, Long seed, Integer epochs,
                         Path out, boolean quick) {
        this(activation, depth, width, init, seed, epochs, out, quick, null);
    }

    /** Every default, writing into {@code out}. */
    public static LessonOptions defaults(Path out) {
        return new LessonOptions(null, null, null, null, null, null, out, false);
    }

    /** The quick configuration, writing into {@code out}. */
    public static LessonOptions quick(Path out) {
        return new LessonOptions(null, null, null, null, null, null, out, true);
    }

    /** The option's value, or {@code fallback} when it was not given. */
    public String activationOr(String fallback) {
        return activation != null ? activation : fallback;
    }

    /** The option's value, or {@code fallback} when it was not given. */
    public int depthOr(int fallback) {
        return depth != null ? depth : fallback;
    }

    /** The option's value, or {@code fallback} when it was not given. */
    public int widthOr(int fallback) {
        return width != null ? width : fallback;
    }

    /** The option's value, or {@code fallback} when it was not given. */
    public String initOr(String fallback) {
        return init != null ? init : fallback;
    }

    /** The option's value, or {@code fallback} when it was not given. */
    public long seedOr(long fallback) {
        return seed != null ? seed : fallback;
    }

    /** The option's value, or {@code fallback} when it was not given. */
    public int epochsOr(int fallback) {
        return epochs != null ? epochs : fallback;
    }

    /** The option's value, or {@code fallback} when it was not given. */
    public int seedsOr(int fallback) {
        return seeds != null ? seeds : fallback;
    }

    /** A new activation for {@code spec}, e.g. {@code o.newActivation(o.activationOr("tanh"))}. */
    public Activation newActivation(String spec) {
        return names.activation(spec);
    }

    /** A new initializer for {@code spec}, e.g. {@code o.newInitializer(o.initOr("xavier-normal"))}. */
    public Initializer newInitializer(String spec) {
        return names.initializer(spec);
    }

    /** The lesson's own output folder: {@code out} itself. */
    public Path folder() {
        return out;
    }
}
