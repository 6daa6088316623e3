package org.initlab.random;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Independent, reproducible random streams derived from one run seed.
 *
 * <p>Everything random in initlab (data, shuffling, each layer's weights, each layer's biases) takes its own
 * stream, named by a purpose and an index: {@code RandomStreams.of(seed, "weights", 3)}. The same seed gives the
 * same numbers bit for bit; two layers never share a stream, so reusing an initializer never duplicates
 * weights by accident, and adding a layer does not change the numbers of the others.
 */
public final class RandomStreams {
    private RandomStreams() {
    }

    /** The stream for {@code purpose} number {@code index} of the run with this seed. */
    public static RandomGenerator of(long seed, String purpose, long index) {
        long h = mix(seed);
        h = mix(h ^ purpose.hashCode());
        h = mix(h + index * 0x9E3779B97F4A7C15L);
        return new SplittableRandom(h);
    }

    /** The stream for a single-use purpose (index 0). */
    public static RandomGenerator of(long seed, String purpose) {
        return of(seed, purpose, 0);
    }

    /** SplitMix64's finalizer: spreads every input bit over the whole output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
