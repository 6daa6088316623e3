package org.initlab.autograd;

/** Mean of all entries, m = (1/N) Σ A[i][j], a 1×1 tensor. Local derivative: dA[i][j] = dm / N. */
public final class Mean {
    private Mean() {
    }

    /** (1/N) Σ A[i][j] as a 1×1 tensor (a not modified); backward adds dm/N to every entry of dA. */
    public static Tensor apply(Tensor a) {
        return Sum.scaledSum(a, 1.0 / a.value().getNumElements());
    }
}
