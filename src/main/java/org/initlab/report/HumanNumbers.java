package org.initlab.report;

import java.util.Locale;
import org.initlab.plot.VisualStyle;

/**
 * Numbers as a person writes them in a table: 1.4 × 10⁻¹⁰ rather than 1.4e-10, "unbounded" rather than Infinity,
 * "—" for a value that does not exist (NaN), fractions of a whole as percentages.
 */
public final class HumanNumbers {
    private HumanNumbers() {
    }

    /** A value with 4 significant digits; scientific values as m × 10ⁿ; whole numbers below 10⁹ without decimals. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "unbounded" : "−unbounded";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            int exponent = (int) Math.floor(Math.log10(a));
            double mantissa = v / Math.pow(10, exponent);
            if (Math.abs(mantissa) >= 9.9995) {
                mantissa /= 10;
                exponent++;
            }
            return String.format(Locale.ROOT, "%.3g", mantissa).replaceAll("\\.?0+$", "") + " × 10"
                    + VisualStyle.superscript(exponent);
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /** A fraction of a whole (0..1) as a percentage with one decimal: 0.5 → 50.0 %. */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) {
            return number(fraction);
        }
        return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }

    /**
     * A named figure formatted by what its name says: accuracies, fractions and shares as percentages, everything
     * else as a number.
     */
    public static String figure(String name, double v) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean share = n.contains("accuracy") || n.contains("fraction") || n.contains("share")
                || n.equals("testaccuracy") || n.equals("initialtestaccuracy");
        return share && Double.isFinite(v) && v >= 0 && v <= 1 ? percent(v) : number(v);
    }
}
