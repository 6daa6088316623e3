package org.initlab.init;

/** {@value #FORMULA}: {@link Constant} with value 0. The default for biases; a failure for weights (lesson 2). */
public final class Zeros extends Constant {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "W = 0 everywhere";

    /** Every entry 0. */
    public Zeros() {
        super(0.0);
    }

    @Override
    public String name() {
        return "zeros";
    }

    @Override
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return FORMULA;
    }
}
