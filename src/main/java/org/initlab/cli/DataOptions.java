package org.initlab.cli;

import java.nio.file.Path;
import org.initlab.data.CsvReader;
import org.initlab.data.Datasets;
import org.initlab.data.ImageDatasets;
import org.initlab.data.TrainTest;
import picocli.CommandLine.Option;

/** Where the data comes from: a built-in 2-D set, Fashion-MNIST/MNIST from IDX files, or a CSV file. */
final class DataOptions {
    @Option(names = "--dataset", defaultValue = "circles", paramLabel = "NAME",
            description = "circles, moons, spirals, xor, blobs, fashion-mnist, mnist, or csv (with --csv) (default: ${DEFAULT-VALUE})")
    String dataset;
    @Option(names = "--size", defaultValue = "1000", paramLabel = "N", description = "examples of a built-in set (default: ${DEFAULT-VALUE})")
    int size;
    @Option(names = "--noise", defaultValue = "0.05", paramLabel = "S", description = "noise std of a built-in set (default: ${DEFAULT-VALUE})")
    double noise;
    @Option(names = "--positive-fraction", paramLabel = "F", description = "make class 1 of a built-in 2-class set rare: its share of the examples (0 < F < 1)")
    Double positiveFraction;
    @Option(names = "--data-dir", paramLabel = "DIR", description = "folder with the four IDX files (MNIST, Fashion-MNIST)")
    Path dataDir;
    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "use at most N training and N test images")
    int limit;
    @Option(names = "--standardize", description = "shift and scale image pixels to mean 0, std 1 (training set's figures)")
    boolean standardize;
    @Option(names = "--csv", paramLabel = "FILE", description = "a CSV file with a header row (with --dataset csv)")
    Path csv;
    @Option(names = "--label", defaultValue = "label", paramLabel = "COLUMN", description = "the CSV's label column, by name or 0-based index (default: ${DEFAULT-VALUE})")
    String label;

    TrainTest load(long seed) {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 (all) or positive, got " + limit);
        }
        if (positiveFraction != null && !Datasets.NAMES.contains(dataset.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("--positive-fraction works on the built-in 2-D sets ("
                    + String.join(", ", Datasets.NAMES) + "), not on " + dataset);
        }
        switch (dataset.toLowerCase(java.util.Locale.ROOT)) {
            case "fashion-mnist":
            case "mnist":
                return ImageDatasets.load(dataset, dataDir, limit, standardize);
            case "csv":
                if (csv == null) {
                    throw new IllegalArgumentException("--dataset csv needs --csv FILE");
                }
                return CsvReader.read(csv, label).split(0.25, seed);
            default:
                if (!Datasets.NAMES.contains(dataset.toLowerCase(java.util.Locale.ROOT))) {
                    throw new IllegalArgumentException("unknown dataset '" + dataset + "'; known: "
                            + String.join(", ", Datasets.NAMES) + ", fashion-mnist, mnist (with --data-dir), csv (with --csv)");
                }
                org.initlab.data.Dataset set = Datasets.byName(dataset, size, noise, seed);
                if (positiveFraction != null) {
                    set = org.initlab.data.Imbalance.positiveFraction(set, positiveFraction, seed);
                }
                return set.split(0.25, seed);
        }
    }

    String describe() {
        switch (dataset.toLowerCase(java.util.Locale.ROOT)) {
            case "fashion-mnist":
            case "mnist":
                return dataset + (limit > 0 ? " (first " + limit + ")" : "") + (standardize ? ", standardized" : "");
            case "csv":
                return "csv " + csv + " (label column " + label + ")";
            default:
                return dataset + " (" + size + " examples, noise " + noise + ")"
                        + (positiveFraction != null ? ", positives cut to " + positiveFraction : "");
        }
    }
}
