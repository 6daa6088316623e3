package org.initlab.autograd;

/** Mean of all entries, m = (1/N) Σ A[i][j], a 1×1 tensor. Local derivative: dA[i][j] = dm / N. */
public final class Mean {
    private Mean() {
    }

    /** Applies the op to its inputs (not modified); see the class comment for the forward and backward rules. */
    public static Tensor apply(Tensor a) {
        return Sum.scaledSum(a, 1.0 / a.value().getNumElements());
    }
}
