package org.initlab.nn;

/** The process-wide factory behind {@link LayerPath#forNewLayer}; starts from the system property initlab.ops. */
final class PathChoice {
    private static volatile LayerPath.Factory factory =
            "plain".equalsIgnoreCase(System.getProperty("initlab.ops", "fast")) ? LayerPath.PLAIN : LayerPath.FAST;

    private PathChoice() {
    }

    static LayerPath.Factory factory() {
        return factory;
    }

    static void set(LayerPath.Factory chosen) {
        if (chosen == null) {
            throw new IllegalArgumentException("useForNewLayers: the factory must not be null "
                    + "(LayerPath.PLAIN or LayerPath.FAST)");
        }
        factory = chosen;
    }
}
