package org.initlab.init;

/** W = 1 everywhere: {@link Constant} with value 1. */
public final class Ones extends Constant {
    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
    public Ones() {
        super(1.0);
    }

    @Override
    public String name() {
        return "ones";
    }
}
