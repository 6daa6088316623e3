package org.initlab.fast;

import org.initlab.activation.ElementMath;
import org.initlab.nn.LayerPath;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that switch the process-wide arithmetic (backend, strict elementwise math, plain or fast layers):
 * {@code @ExtendWith(ArithmeticRestored.class)} puts back after each test what was in use before it.
 */
public final class ArithmeticRestored implements BeforeEachCallback, AfterEachCallback {
    private record Saved(boolean nativeProducts, boolean strictMath, boolean plainOps) {
    }

    private static final ExtensionContext.Namespace SPACE = ExtensionContext.Namespace.create(ArithmeticRestored.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(SPACE).put(Saved.class,
                new Saved(Kernels.isNative(), ElementMath.strict(), LayerPath.plainOps()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Saved saved = context.getStore(SPACE).get(Saved.class, Saved.class);
        Kernels.select(saved.nativeProducts() ? "openblas" : "java", false);
        ElementMath.setStrict(saved.strictMath());
        LayerPath.useForNewLayers(saved.plainOps() ? LayerPath.PLAIN : LayerPath.FAST);
    }
}
