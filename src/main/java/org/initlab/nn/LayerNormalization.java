package org.initlab.nn;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.initlab.autograd.LayerNorm;
import org.initlab.autograd.Tensor;

/**
 * A layer-normalization layer (Ba et al. 2016): learnable γ (starts at 1) and β (starts at 0); see {@link LayerNorm}.
 */
public final class LayerNormalization {
    private static final double EPSILON = 1e-5;
    private final Tensor gamma;
    private final Tensor beta;

    /** A layer for {@code width} units. */
    public LayerNormalization(int width) {
        DMatrixRMaj g = new DMatrixRMaj(1, width);
        Arrays.fill(g.data, 1.0);
        this.gamma = Tensor.parameter(g);
        this.beta = Tensor.parameter(1, width);
    }

    /** Normalizes each row of x (n × width); the same in training and evaluation. */
    public Tensor forward(Tensor x) {
        return LayerNorm.apply(x, gamma, beta, EPSILON);
    }

    /** γ then β. */
    public List<Tensor> parameters() {
        return List.of(gamma, beta);
    }
}
