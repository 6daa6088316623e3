package org.initlab.cli;

import java.util.List;
import java.util.Locale;
import org.initlab.activation.Activation;
import org.initlab.activation.Activations;
import org.initlab.theory.Gains;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Lists each activation's table gain beside its numerically computed variance-preserving gain. */
@Command(name = "gains", description = "Each activation's recommended initializer gain (the standard table) beside the "
        + "gain computed numerically so that E[φ(z)²]·gain² = 1 for z ~ N(0, 1).")
final class GainsCommand implements Runnable {
    @Parameters(arity = "0..*", paramLabel = "ACTIVATION",
            description = "activations or class names (default: all built-in)")
    String[] names;

    @Override
    public void run() {
        System.out.printf(Locale.ROOT, "%-14s %10s %10s%n", "activation", "table", "numeric");
        for (String name : names != null ? List.of(names) : Activations.NAMES) {
            Activation phi = PluginClasses.activation(name);
            System.out.printf(Locale.ROOT, "%-14s %10.4f %10.4f%n", phi.name(), Gains.table(phi), Gains.numeric(phi));
        }
        System.out.println("Use a gain with xavier-normal:gain=G (or gain=tanh); "
                + "see the Gains class for the comparison.");
    }
}
