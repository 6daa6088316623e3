package org.initlab.io;

import java.util.Locale;

/**
 * Checks, before allocating, that arrays of a given size fit in the Java heap, so a run too big for the machine stops
 * with one line naming the size and {@code INITLAB_JAVA_OPTS=-Xmx…} instead of an {@link OutOfMemoryError} halfway.
 *
 * <p>The budget is {@link Runtime#maxMemory()} (the {@code -Xmx} limit) minus what is in use now. Sizes are counted
 * in {@code long}, so a product such as {@code 65536 × 65536} is checked rather than wrapped to a negative int.
 */
public final class MemoryBudget {
    private MemoryBudget() {
    }

    /** {@code a × b}, refusing a product that does not fit in a Java array index (2³¹ − 1): {@code what} names it. */
    public static int arrayLength(long a, long b, String what) {
        long n = a * b;
        if (a < 0 || b < 0 || (a != 0 && n / a != b) || n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(what + " is " + a + " × " + b + " = "
                    + (a != 0 && n / a == b ? n : "more than 2⁶³") + " numbers; at most " + (Integer.MAX_VALUE - 8)
                    + " fit in one array, so make it smaller");
        }
        return (int) n;
    }

    /**
     * Refuses {@code doubles} 8-byte numbers when they would not fit in the heap still free; {@code what} names them.
     */
    public static void requireDoubles(long doubles, String what) {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (doubles < 0 || doubles > free / 8) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s needs about %s of memory but Java may use only %s here (%s free); "
                            + "make it smaller, or give Java more, e.g. INITLAB_JAVA_OPTS=-Xmx%dg ./initlab ...", what,
                            bytes(doubles < 0 || doubles > Long.MAX_VALUE / 8 ? Long.MAX_VALUE : doubles * 8),
                    bytes(rt.maxMemory()), bytes(free), suggestedGigabytes(doubles)));
        }
    }

    /** The message for an {@link OutOfMemoryError} that escaped the up-front checks. */
    public static String outOfMemoryMessage() {
        return "out of memory: Java may use at most " + bytes(Runtime.getRuntime().maxMemory()) + " here; make the run "
                + "smaller (--width, --size, --limit, --batch) or give Java more, e.g. "
                + "INITLAB_JAVA_OPTS=-Xmx4g ./initlab ...";
    }

    private static long suggestedGigabytes(long doubles) {
        double gb = doubles < 0 ? Double.POSITIVE_INFINITY : doubles * 8.0 / (1L << 30);
        return Math.max(2, (long) Math.ceil(gb * 1.5) + 1);
    }

    /** {@code 1.5 GB}, {@code 800 MB}, {@code 12 KB}. */
    public static String bytes(long n) {
        if (n >= (1L << 30)) {
            return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
        }
        if (n >= (1L << 20)) {
            return String.format(Locale.ROOT, "%d MB", n >> 20);
        }
        return String.format(Locale.ROOT, "%d KB", Math.max(1, n >> 10));
    }
}
