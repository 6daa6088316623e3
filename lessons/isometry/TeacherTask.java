package isometry;

import java.util.random.RandomGenerator;
import org.initlab.data.Dataset;
import org.initlab.random.RandomStreams;

/**
 * A task every direction of the input matters for: x ~ N(0, I) in {@code dimensions} dimensions, labelled by the
 * largest entry of x·T for a fixed random teacher T ({@code dimensions} × {@code classes}, N(0, 1) entries), so a
 * linear network can fit it exactly but must learn a full-rank map.
 */
final class TeacherTask {
    private TeacherTask() {
    }

    static Dataset make(int size, int dimensions, int classes, long seed) {
        RandomGenerator r = RandomStreams.of(seed, "teacher");
        double[] teacher = new double[dimensions * classes];
        for (int i = 0; i < teacher.length; i++) {
            teacher[i] = r.nextGaussian();
        }
        double[] x = new double[size * dimensions];
        int[] labels = new int[size];
        for (int n = 0; n < size; n++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < dimensions; i++) {
                x[n * dimensions + i] = r.nextGaussian();
            }
            for (int k = 0; k < classes; k++) {
                double score = 0;
                for (int i = 0; i < dimensions; i++) {
                    score += x[n * dimensions + i] * teacher[i * classes + k];
                }
                if (score > best) {
                    best = score;
                    labels[n] = k;
                }
            }
        }
        return new Dataset("linear teacher", x, dimensions, labels, classes);
    }
}
