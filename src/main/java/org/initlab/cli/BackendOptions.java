package org.initlab.cli;

import org.initlab.fast.Kernels;
import org.initlab.nn.LayerPath;
import picocli.CommandLine.Option;

/**
 * How the arithmetic runs: which matrix products ({@code --backend}), whether every machine must give the same
 * bits ({@code --reproducible}), and whether dense layers take the plain ops or the fast path ({@code --plain-ops}).
 * Without either option the defaults of {@link Kernels} hold (system property {@code initlab.backend}, environment
 * variable {@code INITLAB_BACKEND}, else OpenBLAS where it loads).
 */
final class BackendOptions {
    @Option(names = "--backend", paramLabel = "B",
            description = "matrix products: openblas (native, fast; the default where it loads) or "
            + "java (EJML, pure Java)")
    String backend;

    @Option(names = "--reproducible", description = "the same bits on every machine: pure-Java products and "
            + "StrictMath for exp/log/tanh (slower; see README)")
    boolean reproducible;

    @Option(names = "--plain-ops", description = "dense layers on the plain autograd ops (MatMul, AddBias, Activate) "
            + "instead of the fast path: slower, the same numbers to rounding; the path to follow in a debugger")
    boolean plainOps;

    /** Switches the engine to the chosen backend; bad names and contradictions fail with one line. */
    void apply() {
        if (backend != null || reproducible) {
            Kernels.select(backend, reproducible);
        }
        if (plainOps) {
            LayerPath.useForNewLayers(LayerPath.PLAIN);
        }
    }
}
