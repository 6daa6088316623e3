package org.initlab.diagnostics;

/**
 * Every per-layer quantity initlab measures, each named once: {@link #key()} is its column or row name in the CSV
 * files ({@code diagnostics.csv}, {@code layers.csv}) and the lab's JSON, {@link #label()} the short words that name it
 * in charts, tables and a lesson's figures. A misspelt metric does not compile.
 *
 * <p>Notation: z = x·W + b is a layer's pre-activation, a = φ(z) its activation, over a batch of examples (rows) ×
 * units (columns); dL/da is the signal propagated back to a, dL/dW the gradient of the layer's weights. The
 * constants are declared in the order of the CSV columns.
 *
 * <pre>{@code
 * Probe.Result r = Probe.run(new Tanh(), Initializers.byName("xavier-normal"), 10, 64, 500, 1);
 * double top = r.layers().get(9).get(Metric.ACT_STD);   // std of layer 10's activations
 * }</pre>
 */
public enum Metric {
    /** Mean of the pre-activations z over the batch and the units. */
    PREACT_MEAN("preact_mean", "pre-activation mean"),
    /** Std of the pre-activations z over the batch and the units. */
    PREACT_STD("preact_std", "pre-activation std"),
    /** Mean of the activations a = φ(z). */
    ACT_MEAN("act_mean", "act mean"),
    /** Std of all entries of a: counts the spread across examples and the differences between units. */
    ACT_STD("act_std", "act std"),
    /** Smallest activation. */
    ACT_MIN("act_min", "act min"),
    /** Largest activation. */
    ACT_MAX("act_max", "act max"),
    /**
     * √(mean over units of each unit's variance across the examples): the part of the spread that carries the
     * input ({@link LayerStats#exampleStd}).
     */
    ACT_EXAMPLE_STD("act_example_std", "act std across examples"),
    /** Share of activations in a flat end: tanh |a| &gt; 0.97, sigmoid a &lt; 0.03 or &gt; 0.97; NaN for others. */
    SATURATED_FRAC("saturated_frac", "saturated fraction"),
    /** Share of ReLU units that output 0 for every example of the batch; NaN for other activations. */
    DEAD_FRAC("dead_frac", "dead fraction"),
    /** Share of activations that are exactly 0. */
    ZERO_FRAC("zero_frac", "zero fraction"),
    /** Std of the back-propagated signal dL/da (NaN when no backward pass reached the layer). */
    GRAD_ACT_STD("grad_act_std", "dL/da std"),
    /** Euclidean norm ‖dL/da‖ of the back-propagated signal. */
    GRAD_ACT_NORM("grad_act_norm", "‖dL/da‖"),
    /** Std of the weight gradient dL/dW. */
    GRAD_W_STD("grad_w_std", "dL/dW std"),
    /** Euclidean (Frobenius) norm ‖dL/dW‖ of the weight gradient. */
    GRAD_W_NORM("grad_w_norm", "‖dL/dW‖"),
    /** Std of the weights W. */
    WEIGHT_STD("weight_std", "weight std"),
    /**
     * How many different directions the units' incoming weights and biases span: the numerical rank of [W; b] at a
     * relative tolerance ({@link Symmetry#directions}); 1 means every unit computes the same function.
     */
    DIRECTIONS("directions", "directions"),
    /** Mean pairwise cosine of the units' weight vectors ({@link Symmetry#meanCosine}). */
    MEAN_COSINE("mean_cosine", "mean cosine"),
    /** ‖ΔW‖/‖W‖: how much one optimizer step changed the weights, relative to their size. */
    UPDATE_RATIO("update_ratio", "‖Δw‖/‖w‖");

    private final String key;
    private final String label;

    Metric(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name in CSV files and JSON, e.g. {@code grad_act_std}; never changes, so old files stay readable. */
    public String key() {
        return key;
    }

    /** The words for charts, tables and figure names, e.g. {@code dL/da std}. */
    public String label() {
        return label;
    }
}
