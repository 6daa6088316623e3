package org.initlab.init;

/** W = 0 everywhere: {@link Constant} with value 0. The default for biases; a failure for weights (lesson 2). */
public final class Zeros extends Constant {
    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
    public Zeros() {
        super(0.0);
    }

    @Override
    public String name() {
        return "zeros";
    }
}
