package remedies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.initlab.autograd.Graph;
import org.initlab.autograd.Tensor;
import org.initlab.data.Batch;
import org.initlab.data.Dataset;
import org.initlab.data.TrainTest;
import org.initlab.nn.Loss;
import org.initlab.nn.Losses;
import org.initlab.optim.GradientClipping;
import org.initlab.optim.Optimizer;
import org.initlab.optim.Sgd;
import org.initlab.random.RandomStreams;

/**
 * Trains a {@link DeepStack} with binary cross-entropy and plain SGD, shuffling with the stream ("shuffle", epoch)
 * of the seed, optionally clipping the global gradient norm. A non-finite loss or gradient ends the run; the result
 * says where.
 */
final class StackTraining {
    /**
     * The per-step losses, the test accuracy after each epoch (element 0: before training), and the step it diverged at
     * (0: never).
     */
    record Outcome(List<Double> losses, List<Double> testAccuracy, int divergedAt, double largestGradientNorm) {
        double finalAccuracy() {
            return testAccuracy.get(testAccuracy.size() - 1);
        }
    }

    private StackTraining() {
    }

    static Outcome fit(DeepStack net, TrainTest data, int epochs, double learningRate, double clipNorm, long seed) {
        Loss loss = Losses.binaryCrossEntropy();
        Optimizer sgd = new Sgd(learningRate);
        List<Tensor> parameters = net.parameters();
        List<Double> losses = new ArrayList<>();
        List<Double> accuracy = new ArrayList<>();
        accuracy.add(accuracy(net, loss, data.test()));
        Dataset train = data.train();
        int step = 0;
        double largest = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            int[] order = Dataset.permutation(train.size(), RandomStreams.of(seed, "shuffle", epoch));
            for (int start = 0; start + 2 <= train.size(); start += 32) {
                step++;
                Batch batch = train.batch(Arrays.copyOfRange(order, start, Math.min(train.size(), start + 32)));
                parameters.forEach(Tensor::zeroGrad);
                Tensor value = loss.compute(net.forward(batch.x(), true), batch.labels());
                losses.add(value.item());
                if (!Double.isFinite(value.item())) {
                    return new Outcome(losses, accuracy, step, largest);
                }
                value.backward();
                double norm = GradientClipping.clipGlobalNorm(parameters, clipNorm > 0 ? clipNorm : Double.MAX_VALUE);
                largest = Math.max(largest, norm);
                if (!Double.isFinite(norm)) {
                    return new Outcome(losses, accuracy, step, largest);
                }
                sgd.step(parameters);
            }
            accuracy.add(accuracy(net, loss, data.test()));
        }
        return new Outcome(losses, accuracy, 0, largest);
    }

    static double accuracy(DeepStack net, Loss loss, Dataset test) {
        try (Graph.NoGrad off = Graph.noGrad()) {
            Batch all = test.all();
            int[] predicted = loss.predict(net.forward(all.x(), false));
            int correct = 0;
            for (int i = 0; i < predicted.length; i++) {
                correct += predicted[i] == all.labels()[i] ? 1 : 0;
            }
            return (double) correct / predicted.length;
        }
    }
}
