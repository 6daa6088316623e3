package org.initlab.init;

/** {@value #FORMULA}: {@link Constant} with value 1. */
public final class Ones extends Constant {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "W = 1 everywhere";

    /** Every entry 1. */
    public Ones() {
        super(1.0);
    }

    @Override
    public String name() {
        return "ones";
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
