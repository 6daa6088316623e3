package org.initlab.optim;

import java.util.List;
import org.initlab.autograd.Tensor;

/** Updates parameters from their gradients. Implementations keep per-parameter state (velocity, moments). */
public interface Optimizer {
    /** The stable name with its settings, e.g. {@code sgd(lr=0.1)}. */
    String name();

    /** One update of every parameter from its current gradient (values modified; gradients not modified). */
    void step(List<Tensor> parameters);
}
