package org.initlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.initlab.activation.Activation;
import org.initlab.activation.Activations;
import org.initlab.data.TrainTest;
import org.initlab.diagnostics.Recorder;
import org.initlab.init.Initializer;
import org.initlab.init.Zeros;
import org.initlab.io.OutputFolder;
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
@Command(name = "train", description = "Train an MLP (built-in, image or CSV data) with diagnostics; write CSVs, plots and a report.")
final class TrainCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    BackendOptions backendOptions;

    @Mixin
    DataOptions data;
    @Option(names = "--hidden", split = ",", paramLabel = "W1,W2,...", description = "hidden widths, e.g. 64,64,64")
    List<Integer> hidden;
    @Option(names = "--depth", paramLabel = "L", description = "hidden layers (with --width; instead of --hidden)")
    Integer depth;
    @Option(names = "--width", paramLabel = "N", description = "units per hidden layer (default 32)")
    Integer width;
    @Option(names = "--activation", defaultValue = "tanh", paramLabel = "A", description = "hidden activation (default: ${DEFAULT-VALUE})")
    String activation;
    @Option(names = "--init", defaultValue = "xavier-normal", paramLabel = "I", description = "initializer (default: ${DEFAULT-VALUE})")
    String init;
    @Option(names = "--optimizer", defaultValue = "sgd", paramLabel = "O", description = "sgd, momentum, nesterov, adam (default: ${DEFAULT-VALUE})")
    String optimizer;
    @Option(names = "--lr", defaultValue = "0.1", paramLabel = "LR", description = "learning rate (default: ${DEFAULT-VALUE})")
    double lr;
    @Option(names = "--epochs", defaultValue = "30", paramLabel = "E", description = "epochs (default: ${DEFAULT-VALUE})")
    int epochs;
    @Option(names = "--batch", defaultValue = "32", paramLabel = "B", description = "mini-batch size (default: ${DEFAULT-VALUE})")
    int batch;
    @Option(names = "--clip", paramLabel = "MAX", description = "clip the global gradient norm to MAX")
    Double clip;
    @Option(names = "--record-every", defaultValue = "10", paramLabel = "K", description = "diagnostics every K steps (default: ${DEFAULT-VALUE})")
    int every;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;
    @Mixin
    InitParamOptions params;

    @Override
    public Integer call() {
        backendOptions.apply();
        List<Integer> widths = widths();
        Activation phi = Activations.byName(activation);
        Initializer initializer = params.resolve(init);
        Optimizer opt = Optimizers.byName(optimizer, lr);
        TrainTest split = data.load(seed);
        int classes = split.train().classes();
        Loss loss = Losses.forClasses(classes);
        Mlp net = new Mlp(split.train().featureCount(), widths, loss.outputSize(classes), phi);
        net.initialize(initializer, new Zeros(), seed, split.train().batch(firstRows(split.train().size(), 1000)).x())
                .forEach(l -> System.out.println("  lsuv " + l));
        OutputFolder.prepare(out);
        Recorder recorder = new Recorder(every);
        System.out.printf("training %s on %s (%d train / %d test), %s, %s, %d epochs, batch %d, seed %d%n", net,
                data.describe(), split.train().size(), split.test().size(), initializer.name(), opt.name(), epochs, batch, seed);
        History history = new Trainer(net, loss, opt, new TrainingConfig(epochs, batch, seed, clip == null ? Double.NaN : clip))
                .listen(recorder).listen(new ConsoleProgress(System.out, data.dataset, epochs)).fit(split);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("command", "initlab train");
        settings.put("dataset", data.describe());
        settings.put("network", net.toString());
        settings.put("init", initializer.name() + ": " + initializer.describe());
        settings.put("biases", "zeros");
        settings.put("optimizer", opt.name() + (clip == null ? "" : ", clip " + clip));
        settings.put("loss", loss.name());
        settings.put("epochs, batch", epochs + ", " + batch);
        settings.put("arithmetic", org.initlab.autograd.Kernels.describe());
        settings.put("seed", String.valueOf(seed));
        List<String> verdicts = TrainingOutputs.write(history, recorder, net.layers().size(),
                "Training " + net + " with " + initializer.name(), settings, out);
        verdicts.forEach(v -> System.out.println("  → " + v));
        org.initlab.io.NetworkFile.save(net, out.resolve("network.txt"));
        System.out.println("wrote history.csv, steps.csv, diagnostics.csv, histograms.csv, plots, the trained network "
                + "(network.txt) and " + out.resolve("report.html"));
        return 0;
    }

    private static int[] firstRows(int size, int most) {
        int[] rows = new int[Math.min(size, most)];
        java.util.Arrays.setAll(rows, i -> i);
        return rows;
    }

    private List<Integer> widths() {
        if (hidden != null && depth != null) {
            throw new IllegalArgumentException("give either --hidden or --depth/--width, not both");
        }
        if (hidden != null) {
            return new ArrayList<>(hidden);
        }
        int d = depth == null ? 3 : depth;
        if (d < 1) {
            throw new IllegalArgumentException("--depth must be at least 1, got " + d);
        }
        return Collections.nCopies(d, width == null ? 32 : width);
    }
}
