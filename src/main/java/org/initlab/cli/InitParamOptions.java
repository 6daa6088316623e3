package org.initlab.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.init.InitParams;
import org.initlab.init.Initializer;
import picocli.CommandLine.Option;

/**
 * An initializer's parameters as options ({@code --std 0.01 --mode fan-out}); they add to any given in the
 * specification after a colon ({@code normal:std=0.01}).
 */
final class InitParamOptions {
    @Option(names = "--mean", paramLabel = "M", description = "mean (normal, truncated-normal)")
    String mean;
    @Option(names = "--std", paramLabel = "S",
            description = "standard deviation, not variance (normal, truncated-normal, sparse)")
    String std;
    @Option(names = "--low", paramLabel = "A", description = "lower end (uniform)")
    String low;
    @Option(names = "--high", paramLabel = "B", description = "upper end (uniform)")
    String high;
    @Option(names = "--value", paramLabel = "C", description = "the constant (constant)")
    String value;
    @Option(names = "--cut", paramLabel = "K", description = "truncation in units of std (truncated-normal)")
    String cut;
    @Option(names = "--gain", paramLabel = "G",
            description = "gain: a number or an activation name (xavier-*, orthogonal, identity)")
    String gain;
    @Option(names = "--mode", paramLabel = "MODE", description = "fan-in, fan-out or fan-avg (he-*, variance-scaling)")
    String mode;
    @Option(names = "--slope", paramLabel = "A", description = "leaky ReLU slope (he-*)")
    String slope;
    @Option(names = "--scale", paramLabel = "S", description = "variance scale (variance-scaling)")
    String scale;
    @Option(names = "--distribution", paramLabel = "D",
            description = "uniform, normal or truncated-normal (variance-scaling)")
    String distribution;
    @Option(names = "--fraction", paramLabel = "F", description = "fraction of zeros in [0, 1) (sparse)")
    String fraction;
    @Option(names = "--tolerance", paramLabel = "T", description = "variance tolerance (lsuv)")
    String tolerance;
    @Option(names = "--max-iterations", paramLabel = "N", description = "rescalings per layer (lsuv)")
    String maxIterations;

    /** The initializer of {@code spec} with these options' parameters added. */
    Initializer resolve(String spec) {
        String text = spec.trim();
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon);
        Map<String, String> params = new LinkedHashMap<>();
        if (colon >= 0) {
            InitParams.parse(name, text.substring(colon + 1));
            for (String part : text.substring(colon + 1).split(",")) {
                int eq = part.indexOf('=');
                params.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        String[] names = {"mean", "std", "low", "high", "value", "cut", "gain", "mode", "slope", "scale",
            "distribution", "fraction", "tolerance", "max-iterations"};
        List<String> given = Arrays.asList(mean, std, low, high, value, cut, gain, mode, slope, scale,
                distribution, fraction, tolerance, maxIterations);
        for (int i = 0; i < names.length; i++) {
            if (given.get(i) != null) {
                params.put(names[i], given.get(i));
            }
        }
        return PluginClasses.initializer(name, new InitParams(name, params));
    }
}
