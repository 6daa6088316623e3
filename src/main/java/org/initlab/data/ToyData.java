package org.initlab.data;

import java.util.random.RandomGenerator;
import org.initlab.random.RandomStreams;

/**
 * Built-in 2-D datasets (no files needed), each with a size, a noise level (the std of Gaussian noise added to
 * every coordinate) and a seed. Classes are balanced: each class has size/classes examples (the first classes
 * one more when it does not divide). Coordinates use {@link StrictMath}, so the data are the same bits on every
 * machine.
 */
public final class ToyData {
    private ToyData() {
    }

    /** Two concentric circles: radius 1 is class 0, radius 0.5 class 1. Not linearly separable. */
    public static Dataset circles(int size, double noise, long seed) {
        checkArgs("circles", size, noise);
        RandomGenerator r = RandomStreams.of(seed, "data");
        double[] f = new double[2 * size];
        int[] y = new int[size];
        for (int i = 0; i < size; i++) {
            y[i] = i % 2;
            double radius = y[i] == 0 ? 1.0 : 0.5;
            double angle = 2 * Math.PI * r.nextDouble();
            f[2 * i] = radius * StrictMath.cos(angle) + noise * r.nextGaussian();
            f[2 * i + 1] = radius * StrictMath.sin(angle) + noise * r.nextGaussian();
        }
        return new Dataset("circles", f, 2, y, 2);
    }

    /** Two interleaving half-moons (as in scikit-learn's make_moons), centred on the origin. */
    public static Dataset moons(int size, double noise, long seed) {
        checkArgs("moons", size, noise);
        RandomGenerator r = RandomStreams.of(seed, "data");
        double[] f = new double[2 * size];
        int[] y = new int[size];
        for (int i = 0; i < size; i++) {
            y[i] = i % 2;
            double t = Math.PI * r.nextDouble();
            double x0 = y[i] == 0 ? StrictMath.cos(t) : 1 - StrictMath.cos(t);
            double x1 = y[i] == 0 ? StrictMath.sin(t) : 0.5 - StrictMath.sin(t);
            f[2 * i] = x0 - 0.5 + noise * r.nextGaussian();
            f[2 * i + 1] = x1 - 0.25 + noise * r.nextGaussian();
        }
        return new Dataset("moons", f, 2, y, 2);
    }

    /** {@code arms} interleaved spiral arms, one class each; the radius grows from 0 to 1 along an arm. */
    public static Dataset spirals(int size, int arms, double noise, long seed) {
        checkArgs("spirals", size, noise);
        if (arms < 2) {
            throw new IllegalArgumentException("spirals: arms must be at least 2, got " + arms);
        }
        RandomGenerator r = RandomStreams.of(seed, "data");
        double[] f = new double[2 * size];
        int[] y = new int[size];
        for (int i = 0; i < size; i++) {
            y[i] = i % arms;
            double t = r.nextDouble();
            double angle = 2 * Math.PI * y[i] / arms + 4.0 * t;
            f[2 * i] = t * StrictMath.cos(angle) + noise * r.nextGaussian();
            f[2 * i + 1] = t * StrictMath.sin(angle) + noise * r.nextGaussian();
        }
        return new Dataset("spirals", f, 2, y, arms);
    }

    /** Points uniform in [−1, 1]²; class 1 where the two coordinates have opposite signs (the XOR pattern). */
    public static Dataset xor(int size, double noise, long seed) {
        checkArgs("xor", size, noise);
        RandomGenerator r = RandomStreams.of(seed, "data");
        double[] f = new double[2 * size];
        int[] y = new int[size];
        for (int i = 0; i < size; i++) {
            y[i] = i % 2;
            double a = 0.1 + 0.9 * r.nextDouble();
            double b = 0.1 + 0.9 * r.nextDouble();
            double signA = r.nextBoolean() ? 1 : -1;
            double signB = y[i] == 1 ? -signA : signA;
            f[2 * i] = signA * a + noise * r.nextGaussian();
            f[2 * i + 1] = signB * b + noise * r.nextGaussian();
        }
        return new Dataset("xor", f, 2, y, 2);
    }

    /** {@code classes} Gaussian blobs with centres evenly spaced on a circle of radius 1; noise is their std. */
    public static Dataset blobs(int size, int classes, double noise, long seed) {
        checkArgs("blobs", size, noise);
        if (classes < 2) {
            throw new IllegalArgumentException("blobs: classes must be at least 2, got " + classes);
        }
        RandomGenerator r = RandomStreams.of(seed, "data");
        double[] f = new double[2 * size];
        int[] y = new int[size];
        for (int i = 0; i < size; i++) {
            y[i] = i % classes;
            double angle = 2 * Math.PI * y[i] / classes;
            f[2 * i] = StrictMath.cos(angle) + noise * r.nextGaussian();
            f[2 * i + 1] = StrictMath.sin(angle) + noise * r.nextGaussian();
        }
        return new Dataset("blobs", f, 2, y, classes);
    }

    /** {@code size} × {@code dimensions} unit Gaussian inputs (all labelled 0), for probing activations. */
    public static Dataset gaussian(int size, int dimensions, long seed) {
        checkArgs("gaussian", size, 0);
        if (dimensions <= 0) {
            throw new IllegalArgumentException("gaussian: dimensions must be positive, got " + dimensions);
        }
        RandomGenerator r = RandomStreams.of(seed, "data");
        double[] f = new double[size * dimensions];
        for (int i = 0; i < f.length; i++) {
            f[i] = r.nextGaussian();
        }
        return new Dataset("gaussian", f, dimensions, new int[size], 1);
    }

    private static void checkArgs(String name, int size, double noise) {
        if (size <= 0) {
            throw new IllegalArgumentException(name + ": size must be positive, got " + size);
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException(name + ": noise must be a number ≥ 0, got " + noise);
        }
    }
}
