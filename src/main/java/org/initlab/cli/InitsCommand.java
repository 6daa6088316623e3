package org.initlab.cli;

import java.util.Locale;
import org.initlab.init.Initializers;
import picocli.CommandLine.Command;

/** Lists every initializer with its formula, parameters and source. */
@Command(name = "inits", description = "List every initializer with its formula, parameters and source.")
final class InitsCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("Weights are fanIn × fanOut (one column per unit). N(m, s²) always means std s.");
        for (Initializers.Entry e : Initializers.entries()) {
            System.out.printf(Locale.ROOT,
                    "%-17s %s%n%17s parameters: %s; source: %s%n", e.name(), e.formula(), "", e.parameters(),
                    e.source());
        }
        System.out.println("Give parameters as NAME:key=value,... (e.g. normal:std=0.01) or as options (--std 0.01).");
    }
}
