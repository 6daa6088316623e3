package org.initlab.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.Activation;
import org.initlab.autograd.Tensor;
import org.initlab.data.ToyData;
import org.initlab.init.DataDependent;
import org.initlab.init.Initializer;
import org.initlab.init.Zeros;
import org.initlab.nn.Dense;
import org.initlab.nn.Mlp;
import org.initlab.random.RandomStreams;
import org.initlab.theory.SignalPropagation;

/**
 * Looks inside a freshly initialized network without training it: a batch × width unit-Gaussian input goes
 * forward through {@code depth} hidden layers of {@code width} units, then a unit-variance signal (N(0, 1)
 * entries) goes backward from the last hidden layer. Every hidden layer's {@link LayerStats} are kept, with the
 * theory's prediction beside them where it applies.
 */
public final class Probe {
    /** What a probe measured. {@code theory} is null where the mean-field prediction does not apply. */
    public record Result(Mlp network, List<Map<String, Double>> layers, List<double[]> activations,
                         SignalPropagation theory, String theoryNote) {
    }

    private Probe() {
    }

    /** Returns the run for the given arguments (see the class comment). */
    public static Result run(Activation activation, Initializer init, int depth, int width, int batch, long seed) {
        Mlp net = pass(activation, init, depth, width, batch, seed);
        List<Map<String, Double>> layers = new ArrayList<>();
        List<double[]> activations = new ArrayList<>();
        for (Dense layer : net.hiddenLayers()) {
            layers.add(LayerStats.of(layer, 1e-9));
            activations.add(layer.lastActivation().value().data);
        }
        SignalPropagation theory = null;
        String note = "";
        try {
            theory = SignalPropagation.predict(width, Collections.nCopies(depth, width), activation, init, 0, 1);
        } catch (IllegalArgumentException e) {
            note = e.getMessage();
        }
        return new Result(net, layers, activations, theory, note);
    }

    /**
     * Only the two passes of {@link #run}, without the statistics: afterwards every hidden layer holds its
     * pre-activations and activations for the batch, and dL/da and dL/dW of the unit signal sent back from the last
     * hidden layer (the output layer is not part of the probe). For callers that compute fewer statistics.
     */
    public static Mlp pass(Activation activation, Initializer init, int depth, int width, int batch, long seed) {
        if (depth < 1 || width < 1 || batch < 1) {
            throw new IllegalArgumentException("probe: depth, width and batch must be at least 1, got depth=" + depth
                    + ", width=" + width + ", batch=" + batch);
        }
        Mlp net = Mlp.uniform(width, depth, width, 1, activation);
        Tensor x = ToyData.gaussian(batch, width, seed).all().x();
        if (init instanceof DataDependent) {
            net.initialize(init, new Zeros(), seed, x);
        } else {
            net.initialize(init, new Zeros(), seed);
        }
        net.forward(x);
        Dense top = net.hiddenLayers().get(depth - 1);
        DMatrixRMaj signal = new DMatrixRMaj(batch, width);
        RandomGenerator random = RandomStreams.of(seed, "probe-signal");
        for (int i = 0; i < signal.data.length; i++) {
            signal.data[i] = random.nextGaussian();
        }
        top.lastActivation().backward(signal);
        return net;
    }
}
