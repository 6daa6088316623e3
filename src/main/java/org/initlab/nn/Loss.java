package org.initlab.nn;

import org.initlab.autograd.Tensor;

/**
 * A classification loss on a network's output logits, with the matching output size and prediction rule.
 * See {@link Losses} for the built-in ones.
 */
public interface Loss {
    /** The stable name ({@code bce}, {@code softmax-ce}, {@code mse}). */
    String name();

    /** How many outputs the network needs for {@code classes} classes. */
    int outputSize(int classes);

    /** The mean loss over the batch, a 1×1 tensor; NaN or ±Inf are returned as they are. */
    Tensor compute(Tensor logits, int[] labels);

    /** The predicted class of each row of the logits. */
    int[] predict(Tensor logits);
}
