package org.initlab.data;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.initlab.autograd.Tensor;
import org.initlab.random.RandomStreams;

/**
 * A labelled classification dataset held in memory: {@code size} examples of {@code features} numbers each
 * (row-major) and one class label in [0, classes) per example.
 *
 * <p>Images are kept compact, one byte per pixel, and turned into numbers only per batch:
 * value = (pixel/255 − shift)/scale (shift 0 and scale 1 give [0, 1]; {@link #standardized} sets them).
 */
public final class Dataset {
    private final String name;
    private final double[] features;
    private final byte[] pixels;
    private final double shift;
    private final double scale;
    private final int[] labels;
    private final int featureCount;
    private final int classes;

    /**
     * @param features row-major size × featureCount values (kept, not copied)
     * @param labels   one label per example, each in [0, classes) (kept, not copied)
     */
    public Dataset(String name, double[] features, int featureCount, int[] labels, int classes) {
        if (featureCount <= 0 || features.length != (long) labels.length * featureCount) {
            throw new IllegalArgumentException("dataset " + name + ": " + features.length
                    + " feature values do not make " + labels.length + " rows of " + featureCount + " features");
        }
        checkLabels(name, labels, classes);
        this.name = name;
        this.features = features;
        this.pixels = null;
        this.shift = 0;
        this.scale = 1;
        this.labels = labels;
        this.featureCount = featureCount;
        this.classes = classes;
    }

    private Dataset(String name, byte[] pixels, double shift, double scale, int featureCount, int[] labels,
            int classes) {
        if (featureCount <= 0 || pixels.length != (long) labels.length * featureCount) {
            throw new IllegalArgumentException("dataset " + name + ": " + pixels.length + " pixels do not make "
                    + labels.length + " images of " + featureCount + " pixels");
        }
        checkLabels(name, labels, classes);
        this.name = name;
        this.features = null;
        this.pixels = pixels;
        this.shift = shift;
        this.scale = scale;
        this.labels = labels;
        this.featureCount = featureCount;
        this.classes = classes;
    }

    private static void checkLabels(String name, int[] labels, int classes) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("dataset " + name + ": label " + labels[i] + " of example " + i
                        + " is outside [0, " + classes + ")");
            }
        }
    }

    /** Images of {@code featureCount} unsigned-byte pixels each (kept, not copied), scaled to [0, 1] per batch. */
    public static Dataset ofPixels(String name, byte[] pixels, int featureCount, int[] labels, int classes) {
        return new Dataset(name, pixels, 0, 1, featureCount, labels, classes);
    }

    /** {mean, std} of all feature values (for standardizing with the training set's figures). */
    public double[] featureMeanAndStd() {
        double sum = 0;
        double sumSquares = 0;
        long n = (long) size() * featureCount;
        for (int i = 0; i < size(); i++) {
            for (int j = 0; j < featureCount; j++) {
                double v = feature(i, j);
                sum += v;
                sumSquares += v * v;
            }
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt(Math.max(sumSquares / n - mean * mean, 1e-24))};
    }

    /** The same examples with every feature value v replaced by (v − mean)/std (images stay bytes). */
    public Dataset standardized(double mean, double std) {
        if (!(std > 0)) {
            throw new IllegalArgumentException("standardize: std must be positive, got " + std);
        }
        if (pixels != null) {
            return new Dataset(name, pixels, shift + mean * scale, scale * std, featureCount, labels, classes);
        }
        double[] f = new double[features.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (features[i] - mean) / std;
        }
        return new Dataset(name, f, featureCount, labels, classes);
    }

    /**
     * What the data is, for messages and chart titles: "circles", the CSV file's name, or a split's part such as
     * "circles/train".
     */
    public String name() {
        return name;
    }

    /** Number of examples (rows). */
    public int size() {
        return labels.length;
    }

    /** Numbers per example (columns): 2 for the built-in {@link Datasets}, 784 for a 28×28 image; the input width. */
    public int featureCount() {
        return featureCount;
    }

    /** Number of classes: every label lies in [0, classes), even if some class has no example here. */
    public int classes() {
        return classes;
    }

    /** Feature j of example i. */
    public double feature(int i, int j) {
        int k = i * featureCount + j;
        return features != null ? features[k] : ((pixels[k] & 0xff) / 255.0 - shift) / scale;
    }

    /** Copies example {@code i}'s features into {@code target} from {@code offset}. */
    private void copyRow(int i, double[] target, int offset) {
        if (features != null) {
            System.arraycopy(features, i * featureCount, target, offset, featureCount);
        } else {
            int base = i * featureCount;
            for (int j = 0; j < featureCount; j++) {
                target[offset + j] = ((pixels[base + j] & 0xff) / 255.0 - shift) / scale;
            }
        }
    }

    /** The class of example {@code i}, in [0, classes). */
    public int label(int i) {
        return labels[i];
    }

    /** A copy of all labels. */
    public int[] labels() {
        return labels.clone();
    }

    /** The examples at these indices, as an input tensor and their labels. */
    public Batch batch(int[] indices) {
        return batch(indices, null);
    }

    /**
     * The same, writing the inputs into {@code into} (modified) when it is indices.length × featureCount, so that a
     * training loop can reuse one matrix for all its batches; otherwise a new matrix.
     */
    public Batch batch(int[] indices, DMatrixRMaj into) {
        DMatrixRMaj x = into != null && into.numRows == indices.length && into.numCols == featureCount ? into
                : new DMatrixRMaj(indices.length, featureCount);
        int[] y = new int[indices.length];
        for (int r = 0; r < indices.length; r++) {
            copyRow(indices[r], x.data, r * featureCount);
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
        int[] y = new int[indices.length];
        for (int r = 0; r < indices.length; r++) {
            y[r] = labels[indices[r]];
        }
        if (pixels != null) {
            byte[] p = new byte[indices.length * featureCount];
            for (int r = 0; r < indices.length; r++) {
                System.arraycopy(pixels, indices[r] * featureCount, p, r * featureCount, featureCount);
            }
            return new Dataset(subsetName, p, shift, scale, featureCount, y, classes);
        }
        double[] f = new double[indices.length * featureCount];
        for (int r = 0; r < indices.length; r++) {
            System.arraycopy(features, indices[r] * featureCount, f, r * featureCount, featureCount);
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
        int largest = Arrays.stream(perClass).max().orElse(0);
        if (testCount == 0 && Math.round(largest * testFraction) == 0) {
            throw new IllegalArgumentException("split: no class has enough examples to put "
                    + Math.round(testFraction * 100) + " % of them in the test set (" + size() + " examples in "
                    + classes + " classes, at most " + largest + " per class"
                    + (largest == 1 ? ": one example per class — is the label column a measurement "
                    + "rather than a class?)" : ")"));
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
