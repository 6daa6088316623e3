package org.initlab.init;

import java.util.random.RandomGenerator;

/**
 * A bias initializer that depends on its layer's fan-in (PyTorch's default bias U(±1/√fanIn)). A layer fills its
 * bias (1 × fanOut) through {@link #fillBias} instead of {@link Initializer#fill}, which for a bias sees fanIn = 1.
 */
public interface LayerBias {
    /** Writes the bias (modified, length fanOut) of a layer with {@code layerFanIn} inputs. */
    void fillBias(double[] bias, int layerFanIn, RandomGenerator random);
}
