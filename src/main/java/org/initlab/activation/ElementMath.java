package org.initlab.activation;

/**
 * The transcendental functions of the engine's elementwise ops (activations, losses, Adam), in one place so that a
 * run can ask for the same bits on every machine.
 *
 * <p>By default they are {@link Math}'s: the JIT replaces {@code Math.exp}, {@code log} and {@code pow} by
 * intrinsics that differ between processor families and JDK builds (the specification allows 1 ulp of error and
 * leaves the rounding to the platform). In strict mode ({@code org.initlab.fast.Kernels.select(..., true)}, i.e.
 * {@code --reproducible}) they are {@link StrictMath}'s, whose results are specified bit for bit (fdlibm).
 * {@code +, −, ×, ÷} and {@code sqrt} are correctly rounded in Java everywhere and need no switch.
 */
public final class ElementMath {
    private static boolean strict;

    private ElementMath() {
    }

    /** Switches between Math (fast, platform rounding) and StrictMath (the same bits everywhere). */
    public static void setStrict(boolean on) {
        strict = on;
    }

    /** Whether StrictMath is in use. */
    public static boolean strict() {
        return strict;
    }

    /** e^x. */
    public static double exp(double x) {
        return strict ? StrictMath.exp(x) : Math.exp(x);
    }

    /** e^x − 1, accurate near 0. */
    public static double expm1(double x) {
        return strict ? StrictMath.expm1(x) : Math.expm1(x);
    }

    /** ln x. */
    public static double log(double x) {
        return strict ? StrictMath.log(x) : Math.log(x);
    }

    /** ln(1 + x), accurate near 0. */
    public static double log1p(double x) {
        return strict ? StrictMath.log1p(x) : Math.log1p(x);
    }

    /** x^y. */
    public static double pow(double x, double y) {
        return strict ? StrictMath.pow(x, y) : Math.pow(x, y);
    }

    /** tanh x (the library's; {@link Tanh#tanh} is the faster one the Tanh activation uses). */
    public static double tanh(double x) {
        return strict ? StrictMath.tanh(x) : Math.tanh(x);
    }
}
