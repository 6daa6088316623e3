package org.initlab.optim;

/** Argument checks whose messages name the optimizer, the parameter and the value. */
final class Checks {
    private Checks() {
    }

    static double positive(String owner, String parameter, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(owner + ": " + parameter + " must be a positive number, got " + value);
        }
        return value;
    }

    static double inUnitInterval(String owner, String parameter, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(owner + ": " + parameter + " must be in [0, 1), got " + value);
        }
        return value;
    }
}
