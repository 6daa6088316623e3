package org.initlab.init;

import java.util.List;
import org.initlab.autograd.Tensor;
import org.initlab.nn.Mlp;

/**
 * An initializer that, after its {@link #fill} pre-initialization, looks at a batch of data to finish the job
 * (e.g. {@link Lsuv}). {@link Mlp#initialize(Initializer, Initializer, long, Tensor)} calls it.
 */
public interface DataDependent extends Initializer {
    /**
     * Adjusts the network's weights (modified) using a batch of inputs (not modified); returns one line per layer
     * saying what was done.
     */
    List<String> calibrate(Mlp network, Tensor batch);
}
