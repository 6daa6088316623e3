package org.initlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.initlab.activation.Activation;

/**
 * Checks a student's activation: its derivative against central finite differences of its own φ (away from kinks),
 * its bulk loops against its single-value methods, and that it gives finite values on [−20, 20].
 */
public final class ActivationCheck {
    /** The largest accepted error |φ' − numeric| / max(1, |numeric|). */
    static final double TOLERANCE = 1e-5;
    private static final double STEP = 1e-6;

    private ActivationCheck() {
    }

    /** Returns the check for the given arguments (see the class comment). */
    public static List<Criterion> check(Activation phi) {
        List<Criterion> out = new ArrayList<>();
        double[] z = points();
        double worst = 0;
        double worstAt = Double.NaN;
        int skipped = 0;
        boolean finite = true;
        for (double x : z) {
            double a = phi.apply(x);
            double d = phi.derivative(x, a);
            finite &= Double.isFinite(a) && Double.isFinite(d);
            double right = (phi.apply(x + STEP) - a) / STEP;
            double left = (a - phi.apply(x - STEP)) / STEP;
            if (Math.abs(right - left) > 1e-3 * Math.max(1, Math.abs(right))) {
                skipped++; // a kink: the derivative is not defined here
                continue;
            }
            double numeric = (phi.apply(x + STEP) - phi.apply(x - STEP)) / (2 * STEP);
            double error = Math.abs(d - numeric) / Math.max(1, Math.abs(numeric));
            if (error > worst || Double.isNaN(error)) {
                worst = Double.isNaN(error) ? Double.POSITIVE_INFINITY : error;
                worstAt = x;
            }
        }
        out.add(new Criterion("finite on [−20, 20]", finite, finite ? z.length + " points, all finite"
                : "φ or φ' is NaN or infinite somewhere in [−20, 20]"));
        out.add(new Criterion("derivative matches finite differences", worst <= TOLERANCE,
                String.format(Locale.ROOT, "largest error %.3g at z = %.4g (tolerance %.0e; %d kink point(s) skipped)",
                        worst, worstAt, TOLERANCE, skipped)));
        double[] a = new double[z.length];
        phi.forward(z, a, 0, z.length);
        double[] ones = new double[z.length];
        java.util.Arrays.fill(ones, 1.0);
        double[] dz = new double[z.length];
        phi.backward(z, a, ones, dz, 0, z.length);
        int mismatches = 0;
        for (int i = 0; i < z.length; i++) {
            double single = phi.apply(z[i]);
            if (Double.compare(single, a[i]) != 0 || Math.abs(dz[i] - phi.derivative(z[i], single)) > 1e-12) {
                mismatches++;
            }
        }
        out.add(new Criterion("bulk loops agree with apply/derivative", mismatches == 0,
                mismatches == 0 ? "forward and backward agree on every point" : mismatches + " point(s) disagree"));
        return out;
    }

    private static double[] points() {
        SplittableRandom r = new SplittableRandom(1);
        double[] z = new double[2000];
        for (int i = 0; i < z.length; i++) {
            z[i] = i < 1000 ? -20 + 40.0 * (i + 0.5) / 1000 : r.nextGaussian() * 3;
        }
        return z;
    }
}
