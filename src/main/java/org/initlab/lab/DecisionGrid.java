package org.initlab.lab;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.initlab.autograd.Tensor;
import org.initlab.data.Dataset;
import org.initlab.nn.Loss;
import org.initlab.nn.Mlp;

/**
 * The decision boundary of a 2-D classifier: the predicted class and its confidence at the centres of an n × n grid
 * over the data's box (padded by 10%). Confidence: σ(z) or 1 − σ(z) for one logit; the largest softmax
 * probability for several.
 */
final class DecisionGrid {
    private DecisionGrid() {
    }

    /** {xmin, xmax, ymin, ymax} of the data, padded by 10% on each side. */
    static double[] box(Dataset data) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (int i = 0; i < data.size(); i++) {
            b[0] = Math.min(b[0], data.feature(i, 0));
            b[1] = Math.max(b[1], data.feature(i, 0));
            b[2] = Math.min(b[2], data.feature(i, 1));
            b[3] = Math.max(b[3], data.feature(i, 1));
        }
        double px = 0.1 * (b[1] - b[0]);
        double py = 0.1 * (b[3] - b[2]);
        return new double[] {b[0] - px, b[1] + px, b[2] - py, b[3] + py};
    }

    /** {box, n, classes[n·n], confidence[n·n]}, rows from ymin up, columns from xmin right. */
    static Map<String, Object> of(Mlp network, Loss loss, double[] box, int n) {
        DMatrixRMaj x = new DMatrixRMaj(n * n, 2);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                x.set(r * n + c, 0, box[0] + (c + 0.5) * (box[1] - box[0]) / n);
                x.set(r * n + c, 1, box[2] + (r + 0.5) * (box[3] - box[2]) / n);
            }
        }
        Tensor logits = network.forwardNoGrad(Tensor.constant(x));
        int[] classes = loss.predict(logits);
        double[] confidence = new double[n * n];
        DMatrixRMaj z = logits.value();
        for (int i = 0; i < n * n; i++) {
            if (z.numCols == 1) {
                double p = 1 / (1 + Math.exp(-z.get(i, 0)));
                confidence[i] = Math.max(p, 1 - p);
            } else {
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < z.numCols; k++) {
                    max = Math.max(max, z.get(i, k));
                }
                double sum = 0;
                for (int k = 0; k < z.numCols; k++) {
                    sum += Math.exp(z.get(i, k) - max);
                }
                confidence[i] = 1 / sum;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("box", box);
        m.put("n", n);
        m.put("classes", classes);
        m.put("confidence", confidence);
        return m;
    }
}
