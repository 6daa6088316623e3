package org.initlab.theory;

import java.util.function.DoubleUnaryOperator;

/**
 * A root of g between two points where g changes sign, by the Illinois variant of the false-position method: each
 * step replaces one end of the bracket by the point where the chord crosses zero, and halves the weight of an end
 * kept twice in a row, so the bracket shrinks superlinearly and never loses the root.
 */
final class Roots {
    private Roots() {
    }

    /**
     * x in [lo, hi] with g(x) ≈ 0, to within {@code tolerance} in x; g(lo) and g(hi) must differ in sign (or one be 0).
     *
     * @throws IllegalArgumentException when they do not
     */
    static double bracketed(DoubleUnaryOperator g, double lo, double hi, double tolerance) {
        double a = lo;
        double b = hi;
        double fa = g.applyAsDouble(a);
        double fb = g.applyAsDouble(b);
        if (fa == 0) {
            return a;
        }
        if (fb == 0) {
            return b;
        }
        if (Math.signum(fa) == Math.signum(fb)) {
            throw new IllegalArgumentException("root: g(" + lo + ") = " + fa + " and g(" + hi + ") = " + fb
                    + " have the same sign, so no root is bracketed");
        }
        int side = 0;
        for (int i = 0; i < 200 && Math.abs(b - a) > tolerance; i++) {
            double x = (a * fb - b * fa) / (fb - fa);
            if (!(x > Math.min(a, b) && x < Math.max(a, b))) {
                x = (a + b) / 2;
            }
            double fx = g.applyAsDouble(x);
            if (fx == 0) {
                return x;
            }
            if (Math.signum(fx) == Math.signum(fb)) {
                b = x;
                fb = fx;
                if (side == -1) {
                    fa /= 2;
                }
                side = -1;
            } else {
                a = x;
                fa = fx;
                if (side == 1) {
                    fb /= 2;
                }
                side = 1;
            }
        }
        return (a + b) / 2;
    }
}
