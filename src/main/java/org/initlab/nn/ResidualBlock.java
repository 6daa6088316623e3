package org.initlab.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.initlab.activation.Activation;
import org.initlab.activation.Identity;
import org.initlab.autograd.Add;
import org.initlab.autograd.Scale;
import org.initlab.autograd.Tensor;
import org.initlab.init.Initializer;
import org.initlab.init.Zeros;

/**
 * A residual block (He et al. 2016) of two dense layers: y = x + α·F(x), F(x) = φ(x·W₁ + b₁)·W₂ + b₂, on square
 * layers of {@code width} units. The skip path carries x unchanged, so the block's Jacobian is I + α·∂F/∂x: with
 * α = 1/√L (L blocks) the variance added per block is 1/L of the branch's and stays bounded over depth; with W₂ = 0
 * ("zero-init the last layer", SkipInit/Fixup-style) every block starts as the identity.
 *
 * <p>Local derivative: dx = dy + α·(∂F/∂x)ᵀ·dy, from {@link Add} and {@link Scale} on top of the two layers.
 */
public final class ResidualBlock {
    private final Dense first;
    private final Dense second;
    private final double scale;

    /** A block with branch scale α = {@code scale}; all weights zero until {@link #initialize}. */
    public ResidualBlock(int width, Activation activation, double scale) {
        this.first = new Dense(width, width, activation);
        this.second = new Dense(width, width, new Identity());
        this.scale = scale;
    }

    /**
     * Fills both layers' weights with {@code weights} (biases zero), or only the first when {@code zeroLast}, leaving
     * W₂ = 0 so that the block starts as the identity.
     */
    public void initialize(Initializer weights, boolean zeroLast, RandomGenerator firstRandom,
            RandomGenerator secondRandom) {
        first.initialize(weights, firstRandom, new Zeros(), firstRandom);
        second.initialize(zeroLast ? new Zeros() : weights, secondRandom, new Zeros(), secondRandom);
    }

    /** y = x + α·F(x). */
    public Tensor forward(Tensor x) {
        return Add.apply(x, Scale.apply(second.forward(first.forward(x)), scale));
    }

    /** W₁, b₁, W₂, b₂. */
    public List<Tensor> parameters() {
        List<Tensor> all = new ArrayList<>(first.parameters());
        all.addAll(second.parameters());
        return all;
    }

    /** The branch's first layer (its pre-activations are what the lesson's statistics read). */
    public Dense firstLayer() {
        return first;
    }
}
