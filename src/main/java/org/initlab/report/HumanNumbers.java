package org.initlab.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import org.initlab.plot.VisualStyle;

/**
 * Numbers as a person writes them in a table: 1.4 × 10⁻¹⁰ rather than 1.4e-10, "unbounded" rather than Infinity,
 * "—" for a value that does not exist (NaN), fractions of a whole as percentages.
 */
public final class HumanNumbers {
    private HumanNumbers() {
    }

    /**
     * A value as a person writes it: whole numbers below 10⁹ in full with thousands separators (12,345); others from
     * 10⁻³ up to 10⁵ rounded to 4 significant digits (0.411, 12,350); the rest as m × 10ⁿ with m rounded to 3
     * significant digits (1.4 × 10⁻¹⁰, 1 × 10⁻⁴ for 9.997e-5).
     */
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
            // m × 10ⁿ read off the decimal digits, so that 9.997e-5 gives 1 × 10⁻⁴ (not 10 × 10⁻⁵) and the
            // smallest double 4.9e-324 its own digits (10ⁿ itself underflows to 0 there)
            BigDecimal m = significant(v, 3);
            int exponent = m.precision() - m.scale() - 1;
            return m.movePointLeft(exponent).toPlainString() + " × 10" + VisualStyle.superscript(exponent);
        }
        BigDecimal rounded = significant(v, 4);
        return rounded.scale() <= 0 ? String.format(Locale.ROOT, "%,d", rounded.longValueExact())
                : rounded.toPlainString();
    }

    /** v's shortest decimal form (as {@link Double#toString}) rounded half up to {@code digits} digits, no 0s after. */
    private static BigDecimal significant(double v, int digits) {
        return BigDecimal.valueOf(v).round(new MathContext(digits, RoundingMode.HALF_UP)).stripTrailingZeros();
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
