package org.initlab.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.initlab.autograd.Tensor;
import org.initlab.data.Batch;
import org.initlab.data.Dataset;
import org.initlab.data.TrainTest;
import org.initlab.nn.Dense;
import org.initlab.nn.Loss;
import org.initlab.nn.Mlp;
import org.initlab.optim.GradientClipping;
import org.initlab.optim.Optimizer;
import org.initlab.random.RandomStreams;

/**
 * The training loop: for each epoch, shuffle the training set (stream {@code ("shuffle", epoch)} of the seed),
 * and for each mini-batch run forward, loss, backward, optional clipping and the optimizer's update; then
 * evaluate on the test set.
 *
 * <p>A NaN or ±Inf in the loss, a gradient or a weight stops the run cleanly at that step: the history keeps
 * everything recorded so far and says where it happened ({@link History#divergence()}). Nothing is thrown.
 */
public final class Trainer {
    private final Mlp network;
    private final Loss loss;
    private final Optimizer optimizer;
    private final TrainingConfig config;
    private final List<TrainingListener> listeners = new ArrayList<>();

    /**
     * A loop that trains {@code network} (modified in place) on {@code loss} with {@code optimizer} and
     * {@code config}'s epochs, batch size, clipping and seed.
     */
    public Trainer(Mlp network, Loss loss, Optimizer optimizer, TrainingConfig config) {
        this.network = network;
        this.loss = loss;
        this.optimizer = optimizer;
        this.config = config;
    }

    /** Adds a listener, called in the order added after those already there; returns this trainer. */
    public Trainer listen(TrainingListener listener) {
        listeners.add(listener);
        return this;
    }

    /** Adds several listeners; returns this trainer. */
    public Trainer listenAll(TrainingListener... more) {
        listeners.addAll(Arrays.asList(more));
        return this;
    }

    /**
     * Trains for the configured epochs (the network's parameters are updated in place) and returns what was
     * recorded: loss per step, test accuracy per epoch, and the step at which a NaN/Inf stopped the run, if any.
     */
    public History fit(TrainTest data) {
        Dataset train = data.train();
        History history = new History();
        EpochRecord initial = evaluate(0, train, data.test(), Evaluation.of(network, loss, train));
        history.addEpoch(initial);
        listeners.forEach(l -> l.onStart(network, initial));
        List<Tensor> parameters = network.parameters();
        int step = 0;
        DMatrixRMaj inputs = null;
        epochs:
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            int[] order = Dataset.permutation(train.size(), RandomStreams.of(config.seed(), "shuffle", epoch));
            double lossSum = 0;
            int correct = 0;
            for (int start = 0; start < train.size(); start += config.batchSize()) {
                step++;
                Batch batch = train.batch(Arrays.copyOfRange(order, start,
                        Math.min(train.size(), start + config.batchSize())), inputs);
                if (batch.size() == config.batchSize()) {
                    inputs = batch.x().value();
                }
                network.zeroGrad();
                Tensor output = network.forward(batch.x());
                Tensor batchLoss = loss.compute(output, batch.labels());
                double value = batchLoss.item();
                history.addStep(new StepRecord(step, epoch, value));
                if (!Double.isFinite(value)) {
                    history.diverged(new Divergence(step, epoch, "loss became " + value + firstNonFiniteActivation()));
                    break epochs;
                }
                batchLoss.backward();
                StepContext context = new StepContext(step, epoch, value, network, batch,
                        (train.size() + config.batchSize() - 1) / config.batchSize());
                listeners.forEach(l -> l.afterBackward(context));
                String badGradient = firstNonFinite(true);
                if (badGradient != null) {
                    history.diverged(new Divergence(step, epoch, badGradient));
                    break epochs;
                }
                if (config.clips()) {
                    GradientClipping.clipGlobalNorm(parameters, config.clipNorm());
                }
                optimizer.step(parameters);
                listeners.forEach(l -> l.afterUpdate(context));
                String badWeight = firstNonFinite(false);
                if (badWeight != null) {
                    history.diverged(new Divergence(step, epoch, badWeight));
                    break epochs;
                }
                lossSum += value * batch.size();
                correct += Evaluation.countCorrect(loss.predict(output), batch.labels());
            }
            EpochRecord record = evaluate(epoch, train, data.test(),
                    new Evaluation(lossSum / train.size(), (double) correct / train.size()));
            history.addEpoch(record);
            listeners.forEach(l -> l.onEpochEnd(record));
        }
        listeners.forEach(l -> l.onEnd(history));
        return history;
    }

    private EpochRecord evaluate(int epoch, Dataset train, Dataset test, Evaluation onTrain) {
        Evaluation onTest = Evaluation.of(network, loss, test);
        return new EpochRecord(epoch, onTrain.loss(), onTrain.accuracy(), onTest.loss(), onTest.accuracy());
    }

    /** " (first non-finite values: layer 7's pre-activations)", or "" when every layer's values are finite. */
    private String firstNonFiniteActivation() {
        List<Dense> layers = network.layers();
        for (int i = 0; i < layers.size(); i++) {
            for (double v : layers.get(i).lastPreActivation().value().data) {
                if (!Double.isFinite(v)) {
                    return " (first non-finite values: layer " + (i + 1) + "'s pre-activations, " + v + ")";
                }
            }
        }
        return " (every layer's values are finite: the loss itself overflowed)";
    }

    /** "gradient of layer 3 weights became NaN", or null when all are finite. Layers count from 1. */
    private String firstNonFinite(boolean gradients) {
        List<Dense> layers = network.layers();
        for (int i = 0; i < layers.size(); i++) {
            String found = nonFinite(layers.get(i).weights(), gradients, i + 1, "weights");
            if (found == null) {
                found = nonFinite(layers.get(i).bias(), gradients, i + 1, "bias");
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** "gradient of layer 2 bias became NaN" for the first non-finite entry of the tensor's value or gradient. */
    private static String nonFinite(Tensor t, boolean gradient, int layer, String name) {
        if (gradient && t.grad() == null) {
            return null;
        }
        double[] values = gradient ? t.grad().data : t.value().data;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return (gradient ? "gradient of " : "") + "layer " + layer + " " + name + " became " + v;
            }
        }
        return null;
    }
}
