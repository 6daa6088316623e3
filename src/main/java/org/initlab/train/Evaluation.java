package org.initlab.train;

import java.util.Arrays;
import org.initlab.autograd.Graph;
import org.initlab.autograd.Tensor;
import org.initlab.data.Batch;
import org.initlab.data.Dataset;
import org.initlab.nn.Loss;
import org.initlab.nn.Mlp;

/** Loss and accuracy of a network on a whole dataset, without recording the graph. */
public record Evaluation(double loss, double accuracy) {
    private static final int CHUNK = 1024;

    /** Mean loss and accuracy of {@code network} on all of {@code data}, in chunks, without recording a graph. */
    public static Evaluation of(Mlp network, Loss loss, Dataset data) {
        double totalLoss = 0;
        int correct = 0;
        try (Graph.NoGrad off = Graph.noGrad()) {
            for (int start = 0; start < data.size(); start += CHUNK) {
                int[] idx = new int[Math.min(CHUNK, data.size() - start)];
                int from = start;
                Arrays.setAll(idx, i -> from + i);
                Batch b = data.batch(idx);
                Tensor out = network.forward(b.x());
                totalLoss += loss.compute(out, b.labels()).item() * idx.length;
                correct += countCorrect(loss.predict(out), b.labels());
            }
        }
        return new Evaluation(totalLoss / data.size(), (double) correct / data.size());
    }

    static int countCorrect(int[] predicted, int[] labels) {
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predicted[i] == labels[i]) {
                correct++;
            }
        }
        return correct;
    }
}
