package org.initlab.autograd;

/** Mean of all entries, m = (1/N) Σ A[i][j], a 1×1 tensor. Local derivative: dA[i][j] = dm / N. */
public final class Mean {
    private Mean() {
    }

    public static Tensor apply(Tensor a) {
        return Sum.scaledSum(a, 1.0 / a.value().getNumElements());
    }
}
