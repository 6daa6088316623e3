package org.initlab.data;

import java.util.List;
import java.util.Locale;
import org.initlab.names.DidYouMean;

/** Finds the built-in datasets by name. */
public final class Datasets {
    /** The names {@link #byName} accepts (case and surrounding spaces ignored), in the order its messages list them. */
    public static final List<String> NAMES = List.of("circles", "moons", "spirals", "xor", "blobs");

    private Datasets() {
    }

    /** A built-in dataset: spirals get 3 arms and blobs 3 classes. */
    public static Dataset byName(String name, int size, double noise, long seed) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "circles":
                return ToyData.circles(size, noise, seed);
            case "moons":
                return ToyData.moons(size, noise, seed);
            case "spirals":
                return ToyData.spirals(size, 3, noise, seed);
            case "xor":
                return ToyData.xor(size, noise, seed);
            case "blobs":
                return ToyData.blobs(size, 3, noise, seed);
            default:
                throw new IllegalArgumentException("unknown dataset '" + name + "'" + DidYouMean.hint(name, NAMES)
                        + "; built in: " + String.join(", ", NAMES));
        }
    }
}
