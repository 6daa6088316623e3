package org.initlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.initlab.data.CsvReader;
import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.data.ImageDatasets;
import org.initlab.data.Imbalance;
import org.initlab.data.TrainTest;
import org.initlab.io.MemoryBudget;
import org.initlab.names.DidYouMean;
import picocli.CommandLine.Option;

/** Where the data comes from: a built-in 2-D set, Fashion-MNIST/MNIST from IDX files, or a CSV file. */
final class DataOptions {
    @Option(names = "--dataset", defaultValue = "circles", paramLabel = "NAME",
            description = "circles, moons, spirals, xor, blobs, fashion-mnist, mnist, or csv (with --csv) "
            + "(default: ${DEFAULT-VALUE})")
    String dataset;
    @Option(names = "--size", paramLabel = "N",
            description = "examples of a built-in set, split 75/25 into training and test (default: 1000)")
    Integer sizeOption;
    @Option(names = "--noise", paramLabel = "S", description = "noise std of a built-in set (default: 0.05)")
    Double noiseOption;
    @Option(names = "--positive-fraction", paramLabel = "F",
            description = "make class 1 of a built-in 2-class set rare: its share of the examples (0 < F < 1)")
    Double positiveFraction;
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "folder with the four IDX files (MNIST, Fashion-MNIST)")
    Path dataDir;
    @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
            description = "use at most N training and N test images")
    int limit;
    @Option(names = "--standardize",
            description = "shift and scale image pixels to mean 0, std 1 (training set's figures)")
    boolean standardize;
    @Option(names = "--csv", paramLabel = "FILE",
            description = "a CSV file with a header row (only with --dataset csv)")
    Path csv;
    @Option(names = "--label", paramLabel = "COLUMN",
            description = "the CSV's label column, by name or 0-based index (default: label)")
    String labelOption;

    /** The share of a built-in or CSV dataset held out for testing (a stratified, seeded split: 75 % / 25 %). */
    static final double TEST_FRACTION = 0.25;

    /**
     * Checks every data option before anything is loaded, printed or written: the dataset's name, options that the
     * chosen source would silently ignore, and whether a built-in set of {@code --size} examples fits in the heap.
     */
    void validate() {
        String name = dataset.toLowerCase(Locale.ROOT);
        List<String> known = new ArrayList<>(Datasets.NAMES);
        known.addAll(List.of("fashion-mnist", "mnist", "csv"));
        if (!known.contains(name)) {
            throw new IllegalArgumentException("unknown dataset '" + dataset + "'" + DidYouMean.hint(dataset, known)
                    + "; known: " + String.join(", ", Datasets.NAMES) + ", fashion-mnist, "
                    + "mnist (with --data-dir), csv (with --csv)");
        }
        boolean images = name.equals("fashion-mnist") || name.equals("mnist");
        boolean builtIn = Datasets.NAMES.contains(name);
        if (csv != null && !name.equals("csv")) {
            throw new IllegalArgumentException("--csv " + csv + " is read only with --dataset csv (now --dataset "
                    + dataset + "); add --dataset csv");
        }
        refuseUnless(images, "--data-dir", dataDir != null, "fashion-mnist or mnist");
        refuseUnless(images, "--limit", limit != 0, "fashion-mnist or mnist");
        refuseUnless(images, "--standardize", standardize, "fashion-mnist or mnist");
        refuseUnless(builtIn, "--size", sizeOption != null,
                "a built-in set (" + String.join(", ", Datasets.NAMES) + ")");
        refuseUnless(builtIn, "--noise", noiseOption != null,
                "a built-in set (" + String.join(", ", Datasets.NAMES) + ")");
        refuseUnless(name.equals("csv"), "--label", labelOption != null, "--dataset csv");
        if (positiveFraction != null && !builtIn) {
            throw new IllegalArgumentException("--positive-fraction works on the built-in 2-D sets ("
                    + String.join(", ", Datasets.NAMES) + "), not on " + dataset);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 (all) or positive, got " + limit);
        }
        if (name.equals("csv") && csv == null) {
            throw new IllegalArgumentException("--dataset csv needs --csv FILE");
        }
        int size = size();
        double noise = noise();
        if (builtIn) {
            if (size < 4) {
                throw new IllegalArgumentException("--size must be at least 4 "
                        + "(a 75/25 split needs examples on both sides), got " + size);
            }
            if (!(noise >= 0) || !Double.isFinite(noise)) {
                throw new IllegalArgumentException("--noise must be a number ≥ 0, got " + noise);
            }
            // features, labels and the split's copy of both: about 3 features' worth per example, twice
            MemoryBudget.requireDoubles(6L * size, "--size " + size);
        }
        if (images) {
            long examples = limit > 0 ? 2L * limit : 70_000;
            MemoryBudget.requireDoubles(examples * 784 * (standardize ? 2 : 1),
                    dataset + " with " + examples + " images");
        }
    }

    private static void refuseUnless(boolean applies, String option, boolean given, String source) {
        if (given && !applies) {
            throw new IllegalArgumentException(option + " is used only with " + source
                    + "; remove it or choose that --dataset");
        }
    }

    /** Loads the data, split into training and test sets (built-in and CSV: stratified 75/25 with the seed). */
    TrainTest load(long seed) {
        validate();
        switch (dataset.toLowerCase(Locale.ROOT)) {
            case "fashion-mnist":
            case "mnist":
                return ImageDatasets.load(dataset, dataDir, limit, standardize);
            case "csv":
                return CsvReader.read(csv, label()).split(TEST_FRACTION, seed);
            default:
                Dataset set = Datasets.byName(dataset, size(), noise(), seed);
                if (positiveFraction != null) {
                    set = Imbalance.positiveFraction(set, positiveFraction, seed);
                }
                return set.split(TEST_FRACTION, seed);
        }
    }

    /** How the examples were split: the official split for images, else the seeded stratified 75/25 split. */
    String describeSplit() {
        String name = dataset.toLowerCase(Locale.ROOT);
        return name.equals("fashion-mnist") || name.equals("mnist") ? "the official train/test files"
                : "75 % train / 25 % test, stratified by class, shuffled with the seed";
    }

    /** Inputs per example before loading: 2 for the built-in sets, 784 for the image sets, 1 for an unread CSV. */
    int featureCountGuess() {
        String name = dataset.toLowerCase(Locale.ROOT);
        return name.equals("fashion-mnist") || name.equals("mnist") ? 784 : Datasets.NAMES.contains(name) ? 2 : 1;
    }

    int size() {
        return sizeOption == null ? 1000 : sizeOption;
    }

    double noise() {
        return noiseOption == null ? 0.05 : noiseOption;
    }

    String label() {
        return labelOption == null ? "label" : labelOption;
    }

    String describe() {
        switch (dataset.toLowerCase(Locale.ROOT)) {
            case "fashion-mnist":
            case "mnist":
                return dataset + (limit > 0 ? " (first " + limit + ")" : "") + (standardize ? ", standardized" : "");
            case "csv":
                return "csv " + csv + " (label column " + label() + ")";
            default:
                return dataset + " (" + size() + " examples, noise " + noise() + ")"
                        + (positiveFraction != null ? ", positives cut to " + positiveFraction : "");
        }
    }
}
