package org.initlab.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.initlab.activation.Activation;
import org.initlab.activation.Identity;
import org.initlab.autograd.Graph;
import org.initlab.autograd.Tensor;
import org.initlab.init.DataDependent;
import org.initlab.init.Initializer;
import org.initlab.init.Lsuv;
import org.initlab.random.RandomStreams;

/**
 * A multi-layer perceptron: hidden {@link Dense} layers of the given widths sharing one activation, and a linear
 * output layer whose outputs (logits) feed the loss.
 *
 * <pre>{@code
 * import java.util.List;
 * import org.initlab.activation.Tanh;
 * import org.initlab.init.XavierNormal;
 * import org.initlab.init.Zeros;
 * import org.initlab.nn.Mlp;
 *
 * Mlp net = new Mlp(2, List.of(64, 64, 64), 1, new Tanh())   // 2 inputs, 3 hidden layers of 64 units, 1 output
 *         .initialize(new XavierNormal(1), new Zeros(), 42);  // weights (gain 1), biases, seed
 * }</pre>
 *
 * Layer i (0-based, the output layer last) takes its weights from the stream {@code ("weights", i)} of the
 * seed and its biases from {@code ("biases", i)}.
 */
public final class Mlp {
    private final List<Dense> layers;
    private final Activation hiddenActivation;

    /** A network whose parameters are all zero until {@link #initialize} is called. */
    public Mlp(int inputSize, List<Integer> hiddenWidths, int outputSize, Activation hiddenActivation) {
        if (inputSize <= 0 || outputSize <= 0) {
            throw new IllegalArgumentException("mlp: inputSize and outputSize must be positive, got inputSize="
                    + inputSize + ", outputSize=" + outputSize);
        }
        List<Dense> built = new ArrayList<>();
        int previous = inputSize;
        for (int i = 0; i < hiddenWidths.size(); i++) {
            int width = hiddenWidths.get(i);
            if (width <= 0) {
                throw new IllegalArgumentException("mlp: hidden layer " + (i + 1) + " has width " + width
                        + "; widths must be positive");
            }
            built.add(new Dense(previous, width, hiddenActivation));
            previous = width;
        }
        built.add(new Dense(previous, outputSize, new Identity(), false));
        this.layers = Collections.unmodifiableList(built);
        this.hiddenActivation = hiddenActivation;
    }

    /** {@code depth} hidden layers of {@code width} units each. */
    public static Mlp uniform(int inputSize, int depth, int width, int outputSize, Activation hiddenActivation) {
        if (depth < 0) {
            throw new IllegalArgumentException("mlp: depth must be 0 or more, got " + depth);
        }
        return new Mlp(inputSize, Collections.nCopies(depth, width), outputSize, hiddenActivation);
    }

    /**
     * Initializes every layer (weights and biases) from the seed; returns this network.
     *
     * @throws IllegalArgumentException for a data-dependent initializer (e.g. LSUV), which needs the overload
     *                                  that takes a batch
     */
    public Mlp initialize(Initializer weights, Initializer biases, long seed) {
        if (weights instanceof DataDependent) {
            throw new IllegalArgumentException(weights.name() + " is data-dependent: it needs a batch of inputs, "
                    + "use initialize(weights, biases, seed, batch)");
        }
        fill(weights, biases, seed);
        return this;
    }

    /**
     * Initializes every layer from the seed and, for a data-dependent initializer, calibrates it on a batch of
     * inputs (not modified). Returns the calibration's lines (empty for an ordinary initializer).
     */
    public List<String> initialize(Initializer weights, Initializer biases, long seed, Tensor batch) {
        fill(weights, biases, seed);
        if (weights instanceof Lsuv lsuv) {
            return LsuvCalibration.calibrate(this, lsuv, batch);
        }
        if (weights instanceof DataDependent) {
            throw new IllegalArgumentException(weights.name() + " is data-dependent, but the network knows how to "
                    + "calibrate only lsuv on data");
        }
        return List.of();
    }

    private void fill(Initializer weights, Initializer biases, long seed) {
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).initialize(weights, RandomStreams.of(seed, "weights", i),
                    biases, RandomStreams.of(seed, "biases", i));
        }
    }

    /** The output logits, recording the graph (unless inside {@link Graph#noGrad()}). */
    public Tensor forward(Tensor x) {
        Tensor h = x;
        for (Dense layer : layers) {
            h = layer.forward(h);
        }
        return h;
    }

    /** The output logits without recording the graph (evaluation, probing). */
    public Tensor forwardNoGrad(Tensor x) {
        try (Graph.NoGrad off = Graph.noGrad()) {
            return forward(x);
        }
    }

    /** All layers, the output layer last. */
    public List<Dense> layers() {
        return layers;
    }

    /** The hidden layers (all but the output layer). */
    public List<Dense> hiddenLayers() {
        return layers.subList(0, layers.size() - 1);
    }

    /** The last layer: linear (Identity), its outputs the logits. */
    public Dense outputLayer() {
        return layers.get(layers.size() - 1);
    }

    /** φ shared by every hidden layer. */
    public Activation hiddenActivation() {
        return hiddenActivation;
    }

    /** Every learnable tensor, layer by layer: weights then bias. */
    public List<Tensor> parameters() {
        List<Tensor> all = new ArrayList<>();
        for (Dense layer : layers) {
            all.addAll(layer.parameters());
        }
        return all;
    }

    /** Sets every parameter gradient to zero. */
    public void zeroGrad() {
        for (Tensor p : parameters()) {
            p.zeroGrad();
        }
    }

    /** "2 → 64 → 64 → 1 (tanh)". */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(layers.get(0).fanIn());
        for (Dense layer : layers) {
            s.append(" → ").append(layer.fanOut());
        }
        return s.append(" (").append(hiddenActivation.name()).append(")").toString();
    }
}
