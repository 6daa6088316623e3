package org.initlab.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.initlab.activation.Activation;
import org.initlab.activation.Sigmoid;

/**
 * Checks a student's activation: finite values everywhere (also for |z| beyond 709, where exp overflows), its
 * derivative against central finite differences of its own φ (away from kinks), and its bulk loops — {@code forward}
 * writes exactly a[from..to) with φ(z), {@code backward} adds dA·φ'(z) into dZ[from..to) — as training calls them.
 * Every criterion runs even when an earlier one fails; a mismatch shows z, the student's φ' and the finite
 * difference side by side.
 */
public final class ActivationCheck {
    /** The largest accepted error |φ' − numeric| / max(1, |numeric|). */
    static final double TOLERANCE = 1e-5;
    /** The criteria, in the order they run. */
    public static final List<String> CRITERIA = List.of("finite for every z", "derivative matches finite differences",
            "bulk forward writes phi(z) in its range", "bulk backward adds dA times the derivative");
    /** Large |z|: where exp(z) overflows (709.78) and beyond. */
    static final double[] LARGE = {30, 50, 100, 500, 709, 709.8, 710, 745, 800, 1000, 1e4, 1e6};

    private ActivationCheck() {
    }

    /** Every criterion with its verdict, numbers and hint, run in this JVM. */
    public static List<Criterion> check(Activation phi) {
        return Step.runAll(steps(), phi);
    }

    /** The criteria as steps, for a grader that runs them one at a time. */
    public static List<Step<Activation>> steps() {
        return List.of(new Step<>(CRITERIA.get(0), ActivationCheck::finite),
                new Step<>(CRITERIA.get(1), ActivationCheck::derivative),
                new Step<>(CRITERIA.get(2), ActivationCheck::bulkForward),
                new Step<>(CRITERIA.get(3), ActivationCheck::bulkBackward));
    }

    /** The criterion's name for {@link #matches}. */
    public static final String MATCHES_SWISH = "values are z times sigmoid(z)";

    /**
     * An extra criterion for an assignment that names the function: φ(z) equals swish's z·σ(z) (relative error 1e-9)
     * on every checked point, so a consistent but wrong φ (e.g. the starter's φ = 0) does not pass.
     */
    public static Step<Activation> matchesSwish() {
        return new Step<>(MATCHES_SWISH, phi -> {
            for (double z : points()) {
                double want = z * Sigmoid.logistic(z);
                double got = phi.apply(z);
                if (!(Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want)))) {
                    return Outcome.fail(String.format(Locale.ROOT, "φ(%s) = %s, but z·σ(z) = %s", fmt(z), fmt(got),
                            fmt(want)), Double.isFinite(got) ? "σ(z) = 1 / (1 + exp(−z)); swish is z·σ(z)"
                            : "exp overflows for |z| > 709: compute σ(z) without exp of a large positive number");
                }
            }
            return Outcome.pass("φ(z) = z·σ(z) on all " + points().length + " points");
        });
    }

    /** A grid on [−20, 20], normal draws of std 3, and ±{@link #LARGE}. */
    static double[] points() {
        SplittableRandom r = new SplittableRandom(1);
        double[] z = new double[2000 + 2 * LARGE.length];
        for (int i = 0; i < 2000; i++) {
            z[i] = i < 1000 ? -20 + 40.0 * (i + 0.5) / 1000 : r.nextGaussian() * 3;
        }
        for (int k = 0; k < LARGE.length; k++) {
            z[2000 + 2 * k] = LARGE[k];
            z[2001 + 2 * k] = -LARGE[k];
        }
        return z;
    }

    private static Outcome finite(Activation phi) {
        List<String> bad = new ArrayList<>();
        double worstLarge = 0;
        for (double z : points()) {
            double a = phi.apply(z);
            double d = phi.derivative(z, a);
            if (!Double.isFinite(a) || !Double.isFinite(d)) {
                if (bad.size() < 4) {
                    bad.add(String.format(Locale.ROOT, "z = %s: φ = %s, φ' = %s", fmt(z), fmt(a), fmt(d)));
                }
                worstLarge = Math.max(worstLarge, Math.abs(z));
            }
        }
        if (bad.isEmpty()) {
            return Outcome.pass("φ and φ' finite on [−20, 20] and at ±30 … ±1e6");
        }
        return Outcome.fail(String.join("; ", bad), worstLarge > 709 ? "exp(z) overflows to Infinity for z > 709.78 "
                + "(and Infinity/Infinity is NaN): arrange the formula so exp only gets z ≤ 0, e.g. "
                + "σ(z) = 1/(1 + exp(−z)) for z ≥ 0 and exp(z)/(1 + exp(z)) for z < 0"
                : "a 0/0 or an overflow inside [−20, 20]");
    }

    private static Outcome derivative(Activation phi) {
        List<double[]> rows = new ArrayList<>(); // {z, yours, numeric, error}
        int skipped = 0;
        for (double z : points()) {
            double h = 1e-6 * Math.max(1, Math.abs(z));
            double a = phi.apply(z);
            double d = phi.derivative(z, a);
            double up = phi.apply(z + h);
            double down = phi.apply(z - h);
            double right = (up - a) / h;
            double left = (a - down) / h;
            if (Math.abs(right - left) > 1e-3 * Math.max(1, Math.abs(right))) {
                skipped++; // a kink: the derivative is not defined here
                continue;
            }
            double numeric = (up - down) / (2 * h);
            double error = Math.abs(d - numeric) / Math.max(1, Math.abs(numeric));
            rows.add(new double[] {z, d, numeric, Double.isNaN(error) ? Double.POSITIVE_INFINITY : error});
        }
        rows.sort(Comparator.comparingDouble((double[] r) -> -r[3]));
        double worst = rows.isEmpty() ? 0 : rows.get(0)[3];
        long wrong = rows.stream().filter(r -> r[3] > TOLERANCE).count();
        String summary = String.format(Locale.ROOT, "largest error %.3g (tolerance %.0e; %d of %d points off, %d kink "
                + "point(s) skipped)", worst, TOLERANCE, wrong, rows.size(), skipped);
        if (worst <= TOLERANCE) {
            return Outcome.pass(summary);
        }
        StringBuilder table = new StringBuilder(summary).append("\n")
                .append(String.format(Locale.ROOT, "%12s %16s %18s", "z", "your φ'(z)", "finite difference"));
        for (double[] r : shown(rows)) {
            table.append("\n").append(String.format(Locale.ROOT, "%12s %16s %18s", fmt(r[0]), fmt(r[1]), fmt(r[2])));
        }
        return Outcome.fail(table.toString(), derivativeHint(phi, rows));
    }

    /** The worst failing point, then up to four more spread over the failing z (sorted by z): where it goes wrong. */
    private static List<double[]> shown(List<double[]> byError) {
        List<double[]> failing = byError.stream().filter(r -> r[3] > TOLERANCE)
                .sorted(Comparator.comparingDouble((double[] r) -> r[0])).toList();
        List<double[]> out = new ArrayList<>();
        out.add(byError.get(0));
        for (int k = 0; k < 4 && failing.size() > 1; k++) {
            double[] r = failing.get((int) ((long) k * (failing.size() - 1) / 3));
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static String derivativeHint(Activation phi, List<double[]> rows) {
        int returnsPhi = 0;
        int nonFinite = 0;
        int wrong = 0;
        for (double[] r : rows) {
            if (r[3] > TOLERANCE) {
                wrong++;
                returnsPhi += Math.abs(r[1] - phi.apply(r[0])) < 1e-12 * Math.max(1, Math.abs(r[1])) ? 1 : 0;
                nonFinite += Double.isFinite(r[1]) ? 0 : 1;
            }
        }
        if (returnsPhi == wrong) {
            return "derivative returns φ(z) itself: it must return φ'(z) (the argument a already holds φ(z))";
        }
        if (nonFinite == wrong) {
            return "the derivative overflows where the finite difference is fine: rearrange it so exp only gets z ≤ 0";
        }
        return "compare your formula with the finite difference at the z shown: a sign, a factor, or a² for a?";
    }

    private static Outcome bulkForward(Activation phi) {
        double[] z = points();
        double[] copy = z.clone();
        int from = 3;
        int to = z.length - 5;
        double[] a = new double[z.length];
        Arrays.fill(a, Double.NaN);
        phi.forward(z, a, from, to);
        for (int i = 0; i < z.length; i++) {
            boolean inside = i >= from && i < to;
            if (inside && !same(a[i], phi.apply(z[i]))) {
                return Outcome.fail(String.format(Locale.ROOT, "forward(z, a, %d, %d): a[%d] = %s but apply(%s) = %s",
                        from, to, i, fmt(a[i]), fmt(z[i]), fmt(phi.apply(z[i]))),
                        "forward must give a[i] = apply(z[i])");
            }
            if (!inside && !Double.isNaN(a[i])) {
                return Outcome.fail(String.format(Locale.ROOT, "forward(z, a, %d, %d) wrote a[%d], outside its range",
                        from, to, i), "loop for (int i = from; i < to; i++): a thread gets only its part of the array");
            }
        }
        if (!Arrays.equals(z, copy)) {
            return Outcome.fail("forward changed its input z", "z is read-only: write only into a");
        }
        return Outcome.pass(String.format(Locale.ROOT, "a[%d..%d) equals apply(z), nothing else written", from, to));
    }

    private static Outcome bulkBackward(Activation phi) {
        double[] z = points();
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            a[i] = phi.apply(z[i]);
        }
        SplittableRandom r = new SplittableRandom(2);
        double[] dA = new double[z.length];
        Arrays.setAll(dA, i -> r.nextGaussian());
        double before = 0.25;
        double[] dZ = new double[z.length];
        Arrays.fill(dZ, before);
        double[][] inputs = {z.clone(), a.clone(), dA.clone()};
        int from = 3;
        int to = z.length - 5;
        phi.backward(z, a, dA, dZ, from, to);
        for (int i = 0; i < z.length; i++) {
            double d = phi.derivative(z[i], a[i]);
            double want = i >= from && i < to ? before + dA[i] * d : before;
            if (!(Math.abs(dZ[i] - want) <= 1e-12 * Math.max(1, Math.abs(want)))) {
                String detail = String.format(Locale.ROOT,
                        "backward(z, a, dA, dZ, %d, %d) with dZ = %s before: dZ[%d] = %s, "
                        + "expected %s + dA·φ'(z) = %s (z = %s, dA = %s, φ' = %s)", from, to, before, i, fmt(dZ[i]),
                        before, fmt(want), fmt(z[i]), fmt(dA[i]), fmt(d));
                String hint = i < from || i >= to ? "write only dZ[from..to): loop for (int i = from; i < to; i++)"
                        : close(dZ[i], dA[i] * d) ? "backward must ADD into dZ (dZ[i] += …), not overwrite it: "
                                + "a tensor used twice receives both contributions"
                        : close(dZ[i], before + d) ? "multiply by dA[i] (the chain rule: dL/dz = dL/da · φ'(z))"
                        : "dZ[i] += dA[i] * derivative(z[i], a[i])";
                return Outcome.fail(detail, hint);
            }
        }
        if (!Arrays.equals(z, inputs[0]) || !Arrays.equals(a, inputs[1]) || !Arrays.equals(dA, inputs[2])) {
            return Outcome.fail("backward changed z, a or dA", "z, a and dA are read-only: write only into dZ");
        }
        return Outcome.pass(String.format(Locale.ROOT, "dZ[%d..%d) += dA·φ'(z), nothing else written", from, to));
    }

    private static boolean same(double x, double y) {
        return Double.compare(x, y) == 0 || Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(y));
    }

    private static boolean close(double x, double y) {
        return Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(y));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
