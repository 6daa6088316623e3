package org.initlab.nn;

import java.util.List;
import java.util.random.RandomGenerator;
import org.initlab.activation.Activation;
import org.initlab.activation.Identity;
import org.initlab.autograd.Tensor;
import org.initlab.init.Initializer;
import org.initlab.init.LayerBias;

/**
 * A fully connected layer: z = x·W + b, a = φ(z), with W of shape fanIn × fanOut and b of shape 1 × fanOut.
 *
 * <p>It keeps the tensors of its last forward pass — its input x, pre-activation z and activation a — so that
 * diagnostics can read them, and after {@code backward()} their gradients dL/dz and dL/da.
 *
 * <pre>{@code
 * import java.util.SplittableRandom;
 * import org.initlab.activation.Tanh;
 * import org.initlab.autograd.Tensor;
 * import org.initlab.init.XavierNormal;
 * import org.initlab.init.Zeros;
 * import org.initlab.nn.Dense;
 *
 * Dense layer = new Dense(2, 16, new Tanh());                          // W: 2 × 16, b: 1 × 16
 * layer.initialize(new XavierNormal(1), new SplittableRandom(1), new Zeros(), new SplittableRandom(2));
 * Tensor a = layer.forward(Tensor.of(new double[][] {{0.5, -1}}));     // 1 × 16
 * }</pre>
 *
 * <p>How the numbers are computed is its {@link LayerPath}: the plain autograd ops, or (the default) the fast path,
 * which writes z and a into the same matrices at every forward pass of the same batch size. With the fast path use a
 * layer <em>once</em> per forward pass; to use one twice in a graph, make it with {@code reuseMatrices = false}.
 */
public final class Dense {
    private final int fanIn;
    private final int fanOut;
    private final Activation activation;
    private final Tensor weights;
    private final Tensor bias;
    private final LayerPath path;
    private Tensor lastInput;
    private Tensor lastPreActivation;
    private Tensor lastActivation;

    /** A layer with all weights and biases zero until {@link #initialize} is called. */
    public Dense(int fanIn, int fanOut, Activation activation) {
        this(fanIn, fanOut, activation, true);
    }

    /**
     * A layer that, with {@code reuseMatrices} on the fast path, keeps the matrices of z, a and their gradients and
     * overwrites them at the next forward pass of the same batch size (no allocation per step); the tensors of an
     * earlier pass then hold the new values. Without it, every pass gets new matrices ({@link Mlp} does this for its
     * output layer, whose output the caller keeps).
     */
    public Dense(int fanIn, int fanOut, Activation activation, boolean reuseMatrices) {
        if (fanIn <= 0 || fanOut <= 0) {
            throw new IllegalArgumentException("dense: fanIn and fanOut must be positive, got fanIn=" + fanIn
                    + ", fanOut=" + fanOut);
        }
        this.fanIn = fanIn;
        this.fanOut = fanOut;
        this.activation = activation;
        this.weights = Tensor.parameter(fanIn, fanOut);
        this.bias = Tensor.parameter(1, fanOut);
        this.path = LayerPath.forNewLayer(fanOut, reuseMatrices);
    }

    /**
     * Fills the weights and biases; each initializer gets its own random stream. A {@link LayerBias}
     * bias initializer sees this layer's fan-in; any other sees the bias as a 1 × fanOut matrix.
     */
    public void initialize(Initializer weightInit, RandomGenerator weightRandom,
                           Initializer biasInit, RandomGenerator biasRandom) {
        weightInit.fill(weights.value().data, fanIn, fanOut, weightRandom);
        if (biasInit instanceof LayerBias layerBias) {
            layerBias.fillBias(bias.value().data, fanIn, biasRandom);
        } else {
            biasInit.fill(bias.value().data, 1, fanOut, biasRandom);
        }
    }

    /** a = φ(x·W + b); x must have fanIn columns. */
    public Tensor forward(Tensor x) {
        if (x.cols() != fanIn) {
            throw new IllegalArgumentException("dense " + fanIn + "→" + fanOut + ": input is " + x.rows() + "×"
                    + x.cols() + " but the layer takes " + fanIn + " features per row");
        }
        lastInput = x;
        lastPreActivation = path.affine(x, weights, bias);
        // an output layer's a is its z
        lastActivation = activation instanceof Identity ? lastPreActivation
                : path.activate(lastPreActivation, activation);
        return lastActivation;
    }

    /** fanIn: the inputs per example, the rows of W. */
    public int fanIn() {
        return fanIn;
    }

    /** fanOut: the units, the columns of W. */
    public int fanOut() {
        return fanOut;
    }

    /** φ of a = φ(z) (Identity for an output layer). */
    public Activation activation() {
        return activation;
    }

    /** W, fanIn × fanOut; column j holds the incoming weights of unit j. */
    public Tensor weights() {
        return weights;
    }

    /** b, 1 × fanOut. */
    public Tensor bias() {
        return bias;
    }

    /** The learnable tensors: weights then bias. */
    public List<Tensor> parameters() {
        return List.of(weights, bias);
    }

    /** x of the last forward pass (null before the first). */
    public Tensor lastInput() {
        return lastInput;
    }

    /** z = x·W + b of the last forward pass; its {@code grad()} is dL/dz after backward. */
    public Tensor lastPreActivation() {
        return lastPreActivation;
    }

    /** a = φ(z) of the last forward pass; its {@code grad()} is dL/da after backward. */
    public Tensor lastActivation() {
        return lastActivation;
    }

    @Override
    public String toString() {
        return "Dense " + fanIn + "→" + fanOut + " " + activation.name();
    }
}
