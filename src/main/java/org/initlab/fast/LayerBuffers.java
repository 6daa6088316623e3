package org.initlab.fast;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.Activation;
import org.initlab.autograd.Tensor;

/**
 * The matrices of one dense layer's z = x·W + b and a = φ(z), with their gradients, kept from one forward pass to
 * the next of the same batch size so that a training step allocates none. The few most recent batch sizes are kept
 * (training batches, the last short batch of an epoch, evaluation chunks). A new pass overwrites the values that the
 * tensors of the previous pass of that size hold.
 */
public final class LayerBuffers {
    private static final int SIZES_KEPT = 4;
    private final int units;
    private final Map<Integer, DMatrixRMaj[]> byRows = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, DMatrixRMaj[]> eldest) {
            return size() > SIZES_KEPT;
        }
    };

    /** Buffers for a layer of {@code units} units. */
    public LayerBuffers(int units) {
        this.units = units;
    }

    /** z = x·W + b into this layer's z buffers ({@link Affine}). */
    public Tensor affine(Tensor x, Tensor w, Tensor b) {
        DMatrixRMaj[] m = forRows(x.rows());
        return Affine.apply(x, w, b, m[0], m[1]);
    }

    /** a = φ(z) into this layer's a buffers ({@link ParallelActivate}). */
    public Tensor activate(Tensor z, Activation activation) {
        DMatrixRMaj[] m = forRows(z.rows());
        return ParallelActivate.apply(z, activation, m[2], m[3]);
    }

    private DMatrixRMaj[] forRows(int rows) {
        return byRows.computeIfAbsent(rows, r -> new DMatrixRMaj[] {new DMatrixRMaj(r, units),
            new DMatrixRMaj(r, units), new DMatrixRMaj(r, units), new DMatrixRMaj(r, units)});
    }
}
