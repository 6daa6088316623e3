package org.initlab.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.activation.Activations;
import org.initlab.data.Datasets;
import org.initlab.init.InitParams;
import org.initlab.init.Initializers;
import org.initlab.optim.Optimizers;

/**
 * What the page may choose from, read from the same registries the CLI uses: activations, every built-in
 * initializer with its formula, source and the parameters it takes, the 2-D datasets, the optimizers, the size
 * limits and the colour of each initializer.
 */
final class LabOptions {
    /** A valid example value of each initializer parameter, used to ask an initializer whether it takes it. */
    private static final Map<String, String> EXAMPLES = Map.ofEntries(Map.entry("mean", "0"), Map.entry("std", "0.01"),
            Map.entry("low", "-0.05"), Map.entry("high", "0.05"), Map.entry("value", "0.5"), Map.entry("cut", "2"),
            Map.entry("gain", "1"), Map.entry("mode", "fan-in"), Map.entry("slope", "0"), Map.entry("scale", "1"),
            Map.entry("distribution", "normal"), Map.entry("fraction", "0.9"), Map.entry("tolerance", "0.1"),
            Map.entry("max-iterations", "10"));

    private LabOptions() {
    }

    /** The parameters (CLI names) that initializer {@code name} takes: those it does not refuse as unknown. */
    static List<String> parametersOf(String name) {
        List<String> takes = new ArrayList<>();
        for (String p : LabSettings.INIT_PARAMETERS) {
            try {
                Initializers.create(name, new InitParams(name, Map.of(p, EXAMPLES.get(p))));
                takes.add(p);
            } catch (IllegalArgumentException refused) {
                // not one of its parameters
            }
        }
        return takes;
    }

    /** The answer of {@code GET /api/options}. */
    static Map<String, Object> describe() {
        List<Map<String, Object>> inits = new ArrayList<>();
        for (Initializers.Entry e : Initializers.entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("formula", e.formula());
            m.put("parameters", e.parameters());
            m.put("source", e.source());
            m.put("takes", parametersOf(e.name()));
            inits.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("activations", Activations.NAMES);
        out.put("initializers", inits);
        out.put("datasets", Datasets.NAMES);
        out.put("optimizers", Optimizers.NAMES);
        out.put("limits", LabSettings.LIMITS);
        out.put("maxProbeCells", LabSettings.MAX_PROBE_CELLS);
        out.put("colours", LabPalette.colours(Initializers.names()));
        return out;
    }
}
