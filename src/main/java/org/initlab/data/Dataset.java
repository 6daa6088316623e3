package org.initlab.data;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.initlab.autograd.Tensor;
import org.initlab.random.RandomStreams;

/**
 * A labelled classification dataset held in memory: {@code size} examples of {@code features} numbers each
 * (row-major) and one class label in [0, classes) per example.
 */
public final class Dataset {
    private final String name;
    private final double[] features;
    private final int[] labels;
    private final int featureCount;
    private final int classes;

    /**
     * @param features row-major size × featureCount values (kept, not copied)
     * @param labels   one label per example, each in [0, classes) (kept, not copied)
     */
    public Dataset(String name, double[] features, int featureCount, int[] labels, int classes) {
        if (featureCount <= 0 || features.length != (long) labels.length * featureCount) {
            throw new IllegalArgumentException("dataset " + name + ": " + features.length + " feature values do not make "
                    + labels.length + " rows of " + featureCount + " features");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("dataset " + name + ": label " + labels[i] + " of example " + i
                        + " is outside [0, " + classes + ")");
            }
        }
        this.name = name;
        this.features = features;
        this.labels = labels;
        this.featureCount = featureCount;
        this.classes = classes;
    }

    public String name() {
        return name;
    }

    public int size() {
        return labels.length;
    }

    public int featureCount() {
        return featureCount;
    }

    public int classes() {
        return classes;
    }

    /** Feature j of example i. */
    public double feature(int i, int j) {
        return features[i * featureCount + j];
    }

    public int label(int i) {
        return labels[i];
    }

    /** A copy of all labels. */
    public int[] labels() {
        return labels.clone();
    }

    /** The examples at these indices, as an input tensor and their labels. */
    public Batch batch(int[] indices) {
        DMatrixRMaj x = new DMatrixRMaj(indices.length, featureCount);
        int[] y = new int[indices.length];
        for (int r = 0; r < indices.length; r++) {
            System.arraycopy(features, indices[r] * featureCount, x.data, r * featureCount, featureCount);
            y[r] = labels[indices[r]];
        }
        return new Batch(Tensor.constant(x), y);
    }

    /** Every example, in order. */
    public Batch all() {
        int[] indices = new int[size()];
        Arrays.setAll(indices, i -> i);
        return batch(indices);
    }

    /** The examples at these indices as a new dataset. */
    public Dataset subset(int[] indices, String subsetName) {
        double[] f = new double[indices.length * featureCount];
        int[] y = new int[indices.length];
        for (int r = 0; r < indices.length; r++) {
            System.arraycopy(features, indices[r] * featureCount, f, r * featureCount, featureCount);
            y[r] = labels[indices[r]];
        }
        return new Dataset(subsetName, f, featureCount, y, classes);
    }

    /**
     * A shuffled, <b>stratified</b> split: a fraction {@code testFraction} ∈ (0, 1) of each class goes to the test
     * set, so a balanced dataset gives a balanced training set and a balanced test set.
     */
    public TrainTest split(double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("split: testFraction must be in (0, 1), got " + testFraction);
        }
        int[] order = permutation(size(), RandomStreams.of(seed, "split"));
        int[] perClass = new int[classes];
        for (int label : labels) {
            perClass[label]++;
        }
        int[] testQuota = new int[classes];
        for (int c = 0; c < classes; c++) {
            testQuota[c] = (int) Math.round(perClass[c] * testFraction);
        }
        int[] test = new int[size()];
        int[] train = new int[size()];
        int testCount = 0;
        int trainCount = 0;
        int[] taken = new int[classes];
        for (int i : order) {
            int c = labels[i];
            if (taken[c] < testQuota[c]) {
                taken[c]++;
                test[testCount++] = i;
            } else {
                train[trainCount++] = i;
            }
        }
        if (testCount == 0 || trainCount == 0) {
            throw new IllegalArgumentException("split: " + size() + " examples are too few to split with testFraction "
                    + testFraction);
        }
        return new TrainTest(subset(Arrays.copyOf(train, trainCount), name + "/train"),
                subset(Arrays.copyOf(test, testCount), name + "/test"));
    }

    /** A uniformly random permutation of 0..n-1 (Fisher–Yates). */
    public static int[] permutation(int n, RandomGenerator random) {
        int[] p = new int[n];
        Arrays.setAll(p, i -> i);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    @Override
    public String toString() {
        return name + " (" + size() + " examples, " + featureCount + " features, " + classes + " classes)";
    }
}
