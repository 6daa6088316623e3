package org.initlab.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
    /**
     * What a probe measured: {@code layers.get(l)} holds hidden layer l + 1's {@link Metric}s. {@code theory} is null
     * where the mean-field prediction does not apply.
     */
    public record Result(Mlp network, List<LayerMetrics> layers, List<double[]> activations,
                         SignalPropagation theory, String theoryNote) {
    }

    private Probe() {
    }

    /**
     * Probes a fresh {@code depth} × {@code width} network of {@code activation} initialized by {@code init}, on a
     * unit-Gaussian batch of {@code batch} examples drawn from {@code seed} (see the class comment); the result's
     * theory is null, with a note saying why, where the mean-field prediction does not apply.
     */
    public static Result run(Activation activation, Initializer init, int depth, int width, int batch, long seed) {
        Mlp net = pass(activation, init, depth, width, batch, seed);
        List<LayerMetrics> layers = new ArrayList<>();
        List<double[]> activations = new ArrayList<>();
        for (Dense layer : net.hiddenLayers()) {
            layers.add(LayerStats.of(layer, 1e-9));
            activations.add(layer.lastActivation().value().data);
        }
        SignalPropagation theory = null;
        String note = "";
        Initializer forTheory = init;
        if (!init.getClass().getName().startsWith("org.initlab.") && !(init instanceof DataDependent)
                && !Double.isFinite(init.expectedStd(width, width))) {
            MeasuredSpread measured = MeasuredSpread.of(net, init);
            forTheory = measured;
            note = measured.note(depth);
        }
        try {
            theory = SignalPropagation.predict(width, Collections.nCopies(depth, width), activation, forTheory, 0, 1);
        } catch (IllegalArgumentException e) {
            note = note.isEmpty() ? e.getMessage() : note + "; " + e.getMessage();
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

    /**
     * A student's initializer that declares no {@code expectedStd}, seen through its measured weights: the theory needs
     * only each layer's weight variance, so the pooled sample std of the probed hidden layers stands in for the formula
     * (mean 0 when the sample mean is within 5 standard errors of 0; otherwise the measured mean, and the theory
     * declines).
     */
    private record MeasuredSpread(Initializer init, double mean, double std, long count) implements Initializer {
        static MeasuredSpread of(Mlp net, Initializer init) {
            double sum = 0;
            double sumSquares = 0;
            long n = 0;
            for (Dense layer : net.hiddenLayers()) {
                for (double w : layer.weights().value().data) {
                    sum += w;
                    sumSquares += w * w;
                    n++;
                }
            }
            double mean = sum / n;
            double std = Math.sqrt(Math.max(0, sumSquares / n - mean * mean));
            return new MeasuredSpread(init, Math.abs(mean) <= 5 * std / Math.sqrt(n) ? 0 : mean, std, n);
        }

        String note(int depth) {
            return String.format(Locale.ROOT, "%s declares no expectedStd, so the theory curve uses its measured "
                    + "weight std %.4g (%d weights of the %d hidden layers); "
                    + "declare expectedMean and expectedStd in your class to draw it from your formula", init.name(),
                    std, count, depth);
        }

        @Override
        public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
            init.fill(weights, fanIn, fanOut, random);
        }

        @Override
        public String name() {
            return init.name();
        }

        @Override
        public double expectedMean(int fanIn, int fanOut) {
            return mean;
        }

        @Override
        public double expectedStd(int fanIn, int fanOut) {
            return std;
        }
    }
}
