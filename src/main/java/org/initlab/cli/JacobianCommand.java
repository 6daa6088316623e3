package org.initlab.cli;

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
        + "--width is at most " + InputOutputJacobian.MAX_WIDTH + "; --activation identity gives a deep linear network.")
final class JacobianCommand implements Callable<Integer> {
    @Mixin
    ActivationOption activation = new ActivationOption().required();
    @Mixin
    InitOption init = new InitOption().required();
    @Mixin
    DepthOption depth = new DepthOption().required();
    @Mixin
    WidthOption width = new WidthOption().required();
    @Option(names = "--input-var", defaultValue = "1", paramLabel = "Q", description = "variance of the input's entries, q₀ (default: ${DEFAULT-VALUE})")
    double inputVariance;
    @Mixin
    SeedOption seed = new SeedOption().defaultValue("1");
    @Mixin
    OutOption out = new OutOption().required();
    @Mixin
    InitParamOptions params;

    @Override
    public Integer call() {
        Activation phi = activation.resolve();
        Initializer initializer = init.resolve(params);
        InputOutputJacobian.Result result = InputOutputJacobian.measure(phi, initializer, depth.value, width.value, inputVariance, seed.value);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("command", "initlab jacobian");
        settings.put("activation", phi.name());
        settings.put("init", initializer.name() + ": " + initializer.describe());
        settings.put("depth × width", depth.value + " × " + width.value + " (zero biases)");
        settings.put("input", "x ~ N(0, " + inputVariance + ") per unit");
        settings.put("seed", String.valueOf(seed.value));
        var lines = JacobianOutputs.write(result, "Jacobian: " + depth.value + " " + phi.name() + " layers, " + initializer.name(),
                settings, out.value);
        lines.forEach(l -> System.out.println("  " + l));
        System.out.println("wrote " + out.value.resolve("singular_values.csv") + ", singular_values_histogram.png and "
                + out.value.resolve("report.html"));
        return 0;
    }
}
