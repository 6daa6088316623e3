package org.initlab.cli;

import org.initlab.autograd.Kernels;
import org.initlab.io.OutputRun;
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
@Command(name = "probe", description = "Push a unit-Gaussian batch through a fresh network (input size = --width) and a "
        + "unit signal back; write per-layer statistics, plots and a report.")
final class ProbeCommand implements Callable<Integer> {
    @Mixin
    BackendOptions backendOptions;
    @Mixin
    ActivationOption activation = new ActivationOption().required();
    @Mixin
    InitOption init = new InitOption().required();
    @Mixin
    DepthOption depth = new DepthOption().required();
    @Mixin
    WidthOption width = new WidthOption().required();
    @Option(names = "--batch", defaultValue = "1000", paramLabel = "B", description = "examples (default: ${DEFAULT-VALUE})")
    int batch;
    @Mixin
    SeedOption seed = new SeedOption().defaultValue("1");
    @Mixin
    OutOption out = new OutOption().required();
    @Mixin
    InitParamOptions params;

    @Override
    public Integer call() {
        backendOptions.apply();
        if (depth.value < 1 || width.value < 1 || batch < 1) {
            throw new IllegalArgumentException("--depth, --width and --batch must be at least 1, got " + depth.value + ", "
                    + width.value + ", " + batch);
        }
        if (out.value.toString().isBlank()) {
            throw new IllegalArgumentException("--out is empty; give a folder name such as --out probes/tanh");
        }
        long weights = MemoryBudget.arrayLength(width.value, width.value, "one layer's weights (--width × --width)");
        long signals = MemoryBudget.arrayLength(batch, width.value, "one layer's signals (--batch × --width)");
        // weights and their gradients; pre-activations, activations and both gradients of every layer
        MemoryBudget.requireDoubles(2 * weights * depth.value + 4 * signals * (depth.value + 1),
                "probing " + depth.value + " layers of " + width.value + " units with a batch of " + batch);
        Activation phi = activation.resolve();
        Initializer initializer = init.resolve(params);
        try (OutputRun run = OutputRun.open(out.value, "probe", "report")) {
            System.out.printf("probing %d %s layers of %d units, %s (%s), batch %d, seed %d ...%n", depth.value, phi.name(),
                    width.value, initializer.name(), initializer.describe(), batch, seed.value);
            Probe.Result result = Probe.run(phi, initializer, depth.value, width.value, batch, seed.value);
            if (!result.theoryNote().isEmpty()) {
                System.out.println("  theory: " + result.theoryNote());
            }
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("command", "initlab probe");
            settings.put("activation", phi.name());
            settings.put("init", initializer.name() + ": " + initializer.describe());
            settings.put("depth × width", depth.value + " × " + width.value);
            settings.put("batch", String.valueOf(batch));
            settings.put("seed", String.valueOf(seed.value));
            settings.put("arithmetic", Kernels.describe());
            var verdicts = ProbeOutputs.write(result, "Probe: " + depth.value + " " + phi.name() + " layers, " + initializer.name(),
                    settings, out.value);
            verdicts.forEach(v -> System.out.println("  → " + v));
            System.out.println("wrote " + out.value.resolve("layers.csv") + ", plots and " + out.value.resolve("report.html"));
            run.finish();
        }
        return 0;
    }
}
