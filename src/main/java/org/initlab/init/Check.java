package org.initlab.init;

/** Parameter checks whose messages name the initializer, the parameter and the value. */
final class Check {
    private Check() {
    }

    static double finite(String init, String parameter, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(init + ": " + parameter + " must be a finite number, got " + value);
        }
        return value;
    }

    static double nonNegative(String init, String parameter, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(init + ": " + parameter + " must be a number ≥ 0, got " + value);
        }
        return value;
    }

    static double positive(String init, String parameter, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(init + ": " + parameter + " must be a number > 0, got " + value);
        }
        return value;
    }

    static void fans(String init, int fanIn, int fanOut) {
        if (fanIn <= 0 || fanOut <= 0) {
            throw new IllegalArgumentException(init + ": fanIn and fanOut must be positive, got fanIn=" + fanIn
                    + ", fanOut=" + fanOut);
        }
    }

    static void length(String init, double[] weights, int fanIn, int fanOut) {
        fans(init, fanIn, fanOut);
        if (weights.length < (long) fanIn * fanOut) {
            throw new IllegalArgumentException(init + ": the array holds " + weights.length + " values but a "
                    + fanIn + "×" + fanOut + " matrix needs " + (long) fanIn * fanOut);
        }
    }
}
