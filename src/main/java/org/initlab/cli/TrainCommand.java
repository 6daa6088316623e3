package org.initlab.cli;

import java.util.Arrays;
import java.util.Locale;
import org.initlab.autograd.Tensor;
import org.initlab.io.NetworkFile;
import org.initlab.nn.LayerPath;
import org.initlab.io.OutputRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.initlab.activation.Activation;
import org.initlab.data.TrainTest;
import org.initlab.diagnostics.Recorder;
import org.initlab.init.Initializer;
import org.initlab.init.Zeros;
import org.initlab.io.MemoryBudget;
import org.initlab.nn.Loss;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Optimizer;
import org.initlab.optim.Optimizers;
import org.initlab.report.TrainingOutputs;
import org.initlab.train.ConsoleProgress;
import org.initlab.train.History;
import org.initlab.train.Trainer;
import org.initlab.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Trains a network with diagnostics on and writes its history, diagnostics, plots and report. */
@Command(name = "train",
        description = "Train an MLP (built-in, image or CSV data) with diagnostics; write CSVs, plots and a report.")
final class TrainCommand implements Callable<Integer> {
    @Mixin
    BackendOptions backendOptions;

    @Mixin
    DataOptions data;
    @Option(names = "--hidden", paramLabel = "W1,W2,...",
            description = "hidden widths, e.g. 64,64,64 (instead of --depth/--width)")
    String hidden;
    @Mixin
    DepthOption depth = new DepthOption().optional("3, or give --hidden instead");
    @Mixin
    WidthOption width = new WidthOption().optional("32");
    @Mixin
    ActivationOption activation = new ActivationOption().defaultValue("tanh");
    @Mixin
    InitOption init = new InitOption().defaultValue("xavier-normal");
    @Option(names = "--optimizer", defaultValue = "sgd", paramLabel = "O",
            description = "sgd, momentum, nesterov, adam (default: ${DEFAULT-VALUE})")
    String optimizer;
    @Option(names = "--lr", defaultValue = "0.1", paramLabel = "LR",
            description = "learning rate (default: ${DEFAULT-VALUE})")
    double lr;
    @Mixin
    EpochsOption epochs = new EpochsOption().defaultValue("30");
    @Option(names = "--batch", defaultValue = "32", paramLabel = "B",
            description = "mini-batch size (default: ${DEFAULT-VALUE})")
    int batch;
    @Option(names = "--momentum", paramLabel = "MU",
            description = "momentum coefficient μ in [0, 1) of momentum and nesterov (default: 0.9)")
    Double momentum;
    @Option(names = "--beta1", paramLabel = "B1",
            description = "adam's β₁ in [0, 1), decay of the mean gradient (default: 0.9)")
    Double beta1;
    @Option(names = "--beta2", paramLabel = "B2",
            description = "adam's β₂ in [0, 1), decay of the mean squared gradient (default: 0.999)")
    Double beta2;
    @Option(names = "--clip", paramLabel = "MAX",
            description = "clip the global gradient norm to MAX (a positive number; default: no clipping)")
    Double clip;
    @Option(names = "--record-every", defaultValue = "10", paramLabel = "K",
            description = "diagnostics every K steps (default: ${DEFAULT-VALUE})")
    int every;
    @Mixin
    RunOptions output;
    @Mixin
    InitParamOptions params;

    @Override
    public Integer call() {
        backendOptions.apply();
        List<Integer> widths = widths();
        validate(widths);
        Activation phi = activation.resolve();
        Initializer initializer = init.resolve(params);
        Optimizer opt = optimizer();
        TrainingConfig config = new TrainingConfig(epochs.value, batch, output.seed(),
                clip == null ? Double.NaN : clip);
        TrainTest split = data.load(output.seed());
        int classes = split.train().classes();
        Loss loss = Losses.forClasses(classes);
        Mlp net = new Mlp(split.train().featureCount(), widths, loss.outputSize(classes), phi);
        Tensor calibration = split.train().batch(firstRows(split.train().size(), 1000)).x();
        net.initialize(initializer, new Zeros(), output.seed(), calibration)
                .forEach(l -> System.out.println("  lsuv " + l));
        try (OutputRun run = OutputRun.open(output.folder(), "train", "report")) {
            Recorder recorder = new Recorder(every);
            System.out.printf(Locale.ROOT,
                    "training %s on %s (%d train / %d test: %s), %s, %s, %d epochs, batch %d, seed %d%n", net,
                    data.describe(), split.train().size(), split.test().size(), data.describeSplit(),
                    initializer.name(), opt.name(), epochs.value, batch, output.seed());
            History history = new Trainer(net, loss, opt, config)
                    .listen(recorder).listen(new ConsoleProgress(System.out, data.dataset, epochs.value)).fit(split);
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("command", "initlab train");
            settings.put("dataset", data.describe());
            settings.put("train / test",
                    split.train().size() + " / " + split.test().size() + " (" + data.describeSplit() + ")");
            settings.put("network", net.toString());
            settings.put("init", initializer.name() + ": " + initializer.describe());
            settings.put("biases", "zeros");
            settings.put("optimizer", opt.name() + (clip == null ? "" : ", clip " + clip));
            settings.put("loss", loss.name());
            settings.put("epochs, batch", epochs.value + ", " + batch);
            settings.put("arithmetic", LayerPath.describeArithmetic());
            settings.put("seed", String.valueOf(output.seed()));
            List<String> verdicts = TrainingOutputs.write(history, recorder, net.layers().size(),
                    "Training " + net + " with " + initializer.name(), settings, output.folder());
            verdicts.forEach(v -> System.out.println("  → " + v));
            NetworkFile.save(net, output.folder().resolve("network.txt"));
            System.out.println("wrote history.csv, steps.csv, diagnostics.csv, histograms.csv, plots, "
                    + "the trained network (network.txt) and " + output.folder().resolve("report.html"));
            run.finish();
        }
        return 0;
    }

    private static int[] firstRows(int size, int most) {
        int[] rows = new int[Math.min(size, most)];
        Arrays.setAll(rows, i -> i);
        return rows;
    }

    /** The hidden widths from {@code --hidden 64,64} or {@code --depth L --width N} (never both), each at least 1. */
    List<Integer> widths() {
        if (hidden != null && (depth.value != null || width.value != null)) {
            throw new IllegalArgumentException("give either --hidden W1,W2,... or --depth/--width, "
                    + "not both (got --hidden " + hidden + (depth.value != null ? " and --depth " + depth.value : "")
                    + (width.value != null ? " and --width " + width.value : "") + ")");
        }
        if (hidden != null) {
            List<Integer> widths = new ArrayList<>();
            for (String part : hidden.split(",", -1)) {
                try {
                    widths.add(Integer.parseInt(part.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--hidden '" + hidden + "': '" + part.trim()
                            + "' is not a width; give whole numbers separated by commas, e.g. --hidden 64,64");
                }
                if (widths.get(widths.size() - 1) < 1) {
                    throw new IllegalArgumentException("--hidden '" + hidden + "': every width must be at least 1, got "
                            + widths.get(widths.size() - 1));
                }
            }
            return widths;
        }
        int d = depth.value == null ? 3 : depth.value;
        int w = width.value == null ? 32 : width.value;
        if (d < 1) {
            throw new IllegalArgumentException("--depth must be at least 1, got " + d);
        }
        if (w < 1) {
            throw new IllegalArgumentException("--width must be at least 1, got " + w);
        }
        return Collections.nCopies(d, w);
    }

    /** Every number option checked before anything is loaded, printed or written. */
    private void validate(List<Integer> widths) {
        if (output.folder().toString().isBlank()) {
            throw new IllegalArgumentException("--out is empty; give a folder name such as --out runs/first");
        }
        if (epochs.value < 0) {
            throw new IllegalArgumentException("--epochs must be 0 or more, got " + epochs.value);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be at least 1, got " + batch);
        }
        if (every < 1) {
            throw new IllegalArgumentException("--record-every must be at least 1, got " + every);
        }
        if (!(lr > 0) || !Double.isFinite(lr)) {
            throw new IllegalArgumentException("--lr must be a positive number, got " + lr);
        }
        if (clip != null && (!(clip > 0) || !Double.isFinite(clip))) {
            throw new IllegalArgumentException("--clip must be a positive number (the largest gradient norm), got "
                    + clip + "; leave --clip out to train without clipping");
        }
        data.validate();
        long parameters = 0;
        long units = 0;
        int fanIn = data.featureCountGuess();
        for (int w : widths) {
            parameters += (long) fanIn * w + w;
            units += w;
            fanIn = w;
        }
        // weights, gradients and up to two optimizer moments; activations and their gradients per batch and chunk
        MemoryBudget.requireDoubles(4 * parameters + 4L * Math.max(batch, 1000) * units, "a network of " + widths.size()
                + " hidden layers (" + parameters + " parameters)");
    }

    private Optimizer optimizer() {
        String name = optimizer.trim().toLowerCase(Locale.ROOT);
        if (momentum != null && !name.equals("momentum") && !name.equals("nesterov")) {
            throw new IllegalArgumentException("--momentum is used only by --optimizer momentum or nesterov (now "
                    + optimizer + ")");
        }
        if ((beta1 != null || beta2 != null) && !name.equals("adam")) {
            throw new IllegalArgumentException("--beta1 and --beta2 are used only by --optimizer adam (now "
                    + optimizer + ")");
        }
        return Optimizers.create(optimizer, lr, momentum == null ? Optimizers.DEFAULT_MOMENTUM : momentum,
                beta1 == null ? Optimizers.DEFAULT_BETA1 : beta1, beta2 == null ? Optimizers.DEFAULT_BETA2 : beta2);
    }
}
