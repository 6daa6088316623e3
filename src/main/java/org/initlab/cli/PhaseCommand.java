package org.initlab.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.initlab.activation.Activation;
import org.initlab.report.PhaseOutputs;
import org.initlab.theory.PhaseMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The mean-field phase map of one activation: q*, χ₁ and ξ_c along a line of weight variances, and the critical σ_w².
 */
@Command(name = "phase", description = "The edge of chaos for an activation: q*, χ₁ and the depth scale ξ_c for each "
        + "weight variance σ_w² at a bias variance σ_b²; writes phase.csv and phase_plot.png and prints the "
        + "critical σ_w² (χ₁ = 1).")
final class PhaseCommand implements Callable<Integer> {
    @Mixin
    ActivationOption activation = new ActivationOption().required();
    @Option(names = "--bias-var", required = true, paramLabel = "B",
            description = "bias variance σ_b² (≥ 0; e.g. 0 or 0.05)")
    double biasVariance;
    @Option(names = "--weight-var-min", defaultValue = "0.1", paramLabel = "W",
            description = "smallest σ_w² (default: ${DEFAULT-VALUE})")
    double min;
    @Option(names = "--weight-var-max", defaultValue = "4", paramLabel = "W",
            description = "largest σ_w² (default: ${DEFAULT-VALUE})")
    double max;
    @Option(names = "--steps", paramLabel = "N", description = "grid points (default: spacing 0.01)")
    Integer steps;
    @Mixin
    OutOption out = new OutOption().required();

    @Override
    public Integer call() {
        Activation phi = activation.resolve();
        int n = steps != null ? steps : PhaseMap.defaultSteps(min, max);
        PhaseMap map = PhaseMap.compute(phi, biasVariance, min, max, n);
        var files = PhaseOutputs.write(map, out.value);
        double spacing = (max - min) / (n - 1);
        System.out.printf(Locale.ROOT, "%s, σ_b² = %s: %d weight variances from %s to %s (spacing %.4g)%n", phi.name(),
                biasVariance, n, min, max, spacing);
        double critical = map.criticalWeightVariance();
        if (Double.isNaN(critical)) {
            PhaseMap.Row first = map.rows().get(0);
            PhaseMap.Row last = map.rows().get(map.rows().size() - 1);
            System.out.printf(Locale.ROOT,
                    "no critical point in this range: χ₁ goes from %.4f to %.4f without crossing 1; "
                    + "widen --weight-var-min/--weight-var-max%n", first.chi1(), last.chi1());
        } else {
            System.out.printf(Locale.ROOT, "critical σ_w² = %.4f (χ₁ = 1): ordered below, chaotic above%n", critical);
        }
        System.out.println("wrote " + files.get(0) + " and " + files.get(1));
        return 0;
    }
}
