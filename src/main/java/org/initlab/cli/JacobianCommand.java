package org.initlab.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.initlab.activation.Activation;
import org.initlab.diagnostics.InputOutputJacobian;
import org.initlab.init.Initializer;
import org.initlab.report.JacobianOutputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The singular values of a fresh deep network's input–output Jacobian: how close it is to dynamical isometry. */
@Command(name = "jacobian", description = "Build a fresh deep square network, compute its input–output Jacobian at a "
        + "random input, and write its singular values (singular_values.csv), their histogram and a report. "
        + "--width is at most " + InputOutputJacobian.MAX_WIDTH
        + "; --activation identity gives a deep linear network.")
final class JacobianCommand implements Callable<Integer> {
    @Mixin
    NetworkOptions network;
    @Option(names = "--input-var", defaultValue = "1", paramLabel = "Q",
            description = "variance of the input's entries, q₀ (default: ${DEFAULT-VALUE})")
    double inputVariance;
    @Mixin
    RunOptions output;

    @Override
    public Integer call() {
        int depth = network.depth();
        int width = network.width();
        long seed = output.seed();
        Path out = output.folder();
        Activation phi = network.activation();
        Initializer initializer = network.initializer();
        InputOutputJacobian.Result result = InputOutputJacobian.measure(phi, initializer, depth, width,
                inputVariance, seed);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("command", "initlab jacobian");
        settings.put("activation", phi.name());
        settings.put("init", initializer.name() + ": " + initializer.describe());
        settings.put("depth × width", depth + " × " + width + " (zero biases)");
        settings.put("input", "x ~ N(0, " + inputVariance + ") per unit");
        settings.put("seed", String.valueOf(seed));
        String title = "Jacobian: " + depth + " " + phi.name() + " layers, " + initializer.name();
        var lines = JacobianOutputs.write(result, title,
                settings, out);
        lines.forEach(l -> System.out.println("  " + l));
        System.out.println("wrote " + out.resolve("singular_values.csv") + ", singular_values_histogram.png and "
                + out.resolve("report.html"));
        return 0;
    }
}
