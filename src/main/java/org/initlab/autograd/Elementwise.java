package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/** Small loops shared by the elementwise ops. */
final class Elementwise {
    private Elementwise() {
    }

    /** out = alpha·a + beta·b (out modified; a and b not modified). */
    static void combine(DMatrixRMaj a, double alpha, DMatrixRMaj b, double beta, DMatrixRMaj out) {
        int n = out.getNumElements();
        for (int i = 0; i < n; i++) {
            out.data[i] = alpha * a.data[i] + beta * b.data[i];
        }
    }

    /** target.grad += s·delta, if target takes a gradient (delta not modified). */
    static void addScaled(DMatrixRMaj delta, double s, Tensor target) {
        if (!target.requiresGrad()) {
            return;
        }
        double[] g = target.gradToAddInto().data;
        int n = delta.getNumElements();
        for (int i = 0; i < n; i++) {
            g[i] += s * delta.data[i];
        }
    }
}
