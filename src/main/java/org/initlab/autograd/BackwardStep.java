package org.initlab.autograd;

import org.ejml.data.DMatrixRMaj;

/** The local backward rule of one op: adds the op's contribution into its parents' gradients. */
@FunctionalInterface
interface BackwardStep {
    /** @param outputGrad dL/d(output) of the op (not modified) */
    void backward(DMatrixRMaj outputGrad);
}
