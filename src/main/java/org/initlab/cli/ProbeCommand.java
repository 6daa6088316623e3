package org.initlab.cli;

import java.util.Locale;
import org.initlab.nn.LayerPath;
import org.initlab.io.OutputRun;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.initlab.activation.Activation;
import org.initlab.diagnostics.Probe;
import org.initlab.init.Initializer;
import org.initlab.io.MemoryBudget;
import org.initlab.report.ProbeOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Looks inside a freshly initialized deep network, layer by layer, without training. */
@Command(name = "probe", description = "Push a unit-Gaussian batch through a fresh network (input size = --width) "
        + "and a unit signal back; write per-layer statistics, plots and a report.")
final class ProbeCommand implements Callable<Integer> {
    @Mixin
    BackendOptions backendOptions;
    @Mixin
    NetworkOptions network;
    @Option(names = "--batch", defaultValue = "1000", paramLabel = "B",
            description = "examples (default: ${DEFAULT-VALUE})")
    int batch;
    @Mixin
    RunOptions output;

    @Override
    public Integer call() {
        backendOptions.apply();
        int depth = network.depth();
        int width = network.width();
        long seed = output.seed();
        Path out = output.folder();
        if (depth < 1 || width < 1 || batch < 1) {
            throw new IllegalArgumentException("--depth, --width and --batch must be at least 1, got "
                    + depth + ", " + width + ", " + batch);
        }
        if (out.toString().isBlank()) {
            throw new IllegalArgumentException("--out is empty; give a folder name such as --out probes/tanh");
        }
        long weights = MemoryBudget.arrayLength(width, width, "one layer's weights (--width × --width)");
        long signals = MemoryBudget.arrayLength(batch, width, "one layer's signals (--batch × --width)");
        // weights and their gradients; pre-activations, activations and both gradients of every layer
        MemoryBudget.requireDoubles(2 * weights * depth + 4 * signals * (depth + 1),
                "probing " + depth + " layers of " + width + " units with a batch of " + batch);
        Activation phi = network.activation();
        Initializer initializer = network.initializer();
        try (OutputRun run = OutputRun.open(out, "probe", "report")) {
            System.out.printf(Locale.ROOT, "probing %d %s layers of %d units, %s (%s), batch %d, seed %d ...%n", depth,
                    phi.name(),
                    width, initializer.name(), initializer.describe(), batch, seed);
            Probe.Result result = Probe.run(phi, initializer, depth, width, batch, seed);
            if (!result.theoryNote().isEmpty()) {
                System.out.println("  theory: " + result.theoryNote());
            }
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("command", "initlab probe");
            settings.put("activation", phi.name());
            settings.put("init", initializer.name() + ": " + initializer.describe());
            settings.put("depth × width", depth + " × " + width);
            settings.put("batch", String.valueOf(batch));
            settings.put("seed", String.valueOf(seed));
            settings.put("arithmetic", LayerPath.describeArithmetic());
            String title = "Probe: " + depth + " " + phi.name() + " layers, " + initializer.name();
            var verdicts = ProbeOutputs.write(result, title,
                    settings, out);
            verdicts.forEach(v -> System.out.println("  → " + v));
            System.out.println("wrote " + out.resolve("layers.csv") + ", plots and "
                    + out.resolve("report.html"));
            run.finish();
        }
        return 0;
    }
}
