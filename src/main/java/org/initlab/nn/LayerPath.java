package org.initlab.nn;

import org.initlab.activation.Activation;
import org.initlab.activation.ElementMath;
import org.initlab.autograd.Tensor;
import org.initlab.fast.Kernels;

/**
 * The path a dense layer's numbers take: z = x·W + b and a = φ(z). This is the one seam between the ops a student
 * reads and the code that makes training fast; both paths give the same numbers to rounding
 * ({@code PlainAndFastPathsAgreeTest} checks it on every lesson's network).
 * <ul>
 * <li>{@link PlainPath}: the autograd ops {@code x.matmul(W).add(b)} and {@code z.activate(φ)}, each a new matrix,
 *     products by EJML. Read this one, or step through it in a debugger ({@code --plain-ops}).</li>
 * <li>{@link FastPath}: {@code org.initlab.fast}: one fused op for x·W + b with the products on OpenBLAS, z and a
 *     written into matrices the layer keeps from step to step, large elementwise loops split over threads.</li>
 * </ul>
 * New layers take the fast path unless {@link #useForNewLayers} (or {@code --plain-ops}, or the system property
 * {@code initlab.ops=plain}) says otherwise.
 */
public interface LayerPath {
    /** z = x·W + b with the bias row added to every row (x, w, b not modified). */
    Tensor affine(Tensor x, Tensor w, Tensor b);

    /** a = φ(z), elementwise (z not modified). */
    Tensor activate(Tensor z, Activation activation);

    /** Makes the path of each new layer, e.g. {@code (units, reuse) -> new PlainPath()}. */
    @FunctionalInterface
    interface Factory {
        /** The path of a new layer of {@code units} units (see {@link Dense#Dense(int, int, Activation, boolean)}). */
        LayerPath create(int units, boolean reuseMatrices);
    }

    /** The plain autograd ops for every new layer. */
    Factory PLAIN = (units, reuseMatrices) -> new PlainPath();

    /** The fast path for every new layer (the default). */
    Factory FAST = FastPath::new;

    /** The path for a new layer of {@code units} units, from the factory in use. */
    static LayerPath forNewLayer(int units, boolean reuseMatrices) {
        return PathChoice.factory().create(units, reuseMatrices);
    }

    /**
     * Layers made from now on take their path from {@code factory} (process-wide): {@link #PLAIN}, {@link #FAST}, or a
     * path of your own, e.g. one that logs every product. Layers made before keep theirs.
     */
    static void useForNewLayers(Factory factory) {
        PathChoice.set(factory);
    }

    /** Whether new layers take the plain ops ({@code --plain-ops}, system property {@code initlab.ops=plain}). */
    static boolean plainOps() {
        return PathChoice.factory() == PLAIN;
    }

    /**
     * What computes the numbers, for reports: {@link Kernels#describe()} on the fast path; on the plain ops, EJML's
     * products (and StrictMath when reproducible).
     */
    static String describeArithmetic() {
        if (!plainOps()) {
            return Kernels.describe();
        }
        return "plain autograd ops, EJML (pure Java)"
                + (ElementMath.strict() ? ", reproducible (StrictMath exp/log/tanh)" : "");
    }
}
