package org.initlab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * MNIST and Fashion-MNIST from their IDX files, with the official train/test split, pixels scaled to [0, 1].
 * Nothing is downloaded: Fashion-MNIST comes from the Debian package {@code dataset-fashion-mnist} (installed in
 * {@value #FASHION_DIR}) or from any folder holding the four files.
 */
public final class ImageDatasets {
    /** Where the Debian package puts Fashion-MNIST. */
    public static final String FASHION_DIR = "/usr/share/datasets/fashion-mnist";
    /** Fashion-MNIST's class names, by label. */
    public static final String[] FASHION_CLASSES = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
        "Shirt", "Sneaker", "Bag", "Ankle boot"};

    private ImageDatasets() {
    }

    /**
     * Loads {@code name} ("fashion-mnist" or "mnist") from {@code dir} (null: the default folder for Fashion-MNIST),
     * at most {@code limit} training and {@code limit} test images (≤ 0: all).
     *
     * @throws IllegalArgumentException saying how to get the files when they are missing, or naming the corrupt file
     */
    public static TrainTest load(String name, Path dir, int limit, boolean standardize) {
        String n = name.toLowerCase(Locale.ROOT);
        if (!n.equals("fashion-mnist") && !n.equals("mnist")) {
            throw new IllegalArgumentException("unknown image dataset '" + name + "'; known: fashion-mnist, mnist");
        }
        Path folder = dir != null ? dir : n.equals("fashion-mnist") ? Path.of(FASHION_DIR) : null;
        if (folder == null) {
            throw new IllegalArgumentException("mnist needs --data-dir DIR: a folder with "
                    + "train-images-idx3-ubyte(.gz), train-labels-idx1-ubyte(.gz), "
                    + "t10k-images-idx3-ubyte(.gz) and t10k-labels-idx1-ubyte(.gz)");
        }
        Path trainImages = find(folder, "train-images-idx3-ubyte", n);
        Path trainLabels = find(folder, "train-labels-idx1-ubyte", n);
        Path testImages = find(folder, "t10k-images-idx3-ubyte", n);
        Path testLabels = find(folder, "t10k-labels-idx1-ubyte", n);
        Dataset train = build(n + "/train", trainImages, trainLabels, limit);
        Dataset test = build(n + "/test", testImages, testLabels, limit);
        if (standardize) {
            double[] stats = train.featureMeanAndStd();
            train = train.standardized(stats[0], stats[1]);
            test = test.standardized(stats[0], stats[1]);
        }
        return new TrainTest(train, test);
    }

    /** Whether Fashion-MNIST's files are in the default folder. */
    public static boolean fashionInstalled() {
        try {
            find(Path.of(FASHION_DIR), "train-images-idx3-ubyte", "fashion-mnist");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Dataset build(String name, Path imagesFile, Path labelsFile, int limit) {
        IdxReader.Images images = IdxReader.readImages(imagesFile, limit);
        byte[] labels = IdxReader.readLabels(labelsFile, limit);
        if (labels.length != images.count()) {
            throw new IllegalArgumentException(labelsFile + ": " + labels.length + " labels for " + images.count()
                    + " images in " + imagesFile);
        }
        int[] y = new int[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i] & 0xff;
            if (y[i] > 9) {
                throw new IllegalArgumentException(labelsFile + ": label " + y[i] + " of example " + i + " is not 0–9");
            }
        }
        int features = images.rows() * images.cols();
        return Dataset.ofPixels(name, images.pixels(), features, y, 10);
    }

    private static Path find(Path folder, String base, String dataset) {
        for (String candidate : new String[] {base + ".gz", base, base.replace("-idx", ".idx") + ".gz",
            base.replace("-idx", ".idx")}) {
            Path p = folder.resolve(candidate);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        String how = dataset.equals("fashion-mnist")
                ? "install it with 'sudo apt-get install dataset-fashion-mnist' (files go to " + FASHION_DIR
                        + "), or pass --data-dir DIR with the four IDX files"
                : "pass --data-dir DIR with the four IDX files";
        throw new IllegalArgumentException(dataset + ": " + folder.resolve(base + ".gz") + " not found; " + how);
    }
}
