package org.initlab.diagnostics;

import static org.initlab.diagnostics.Metric.ACT_STD;
import static org.initlab.diagnostics.Metric.DEAD_FRAC;
import static org.initlab.diagnostics.Metric.DIRECTIONS;
import static org.initlab.diagnostics.Metric.GRAD_ACT_STD;
import static org.initlab.diagnostics.Metric.PREACT_STD;
import static org.initlab.diagnostics.Metric.SATURATED_FRAC;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-words conclusions from per-layer statistics (hidden layers, the first first). */
public final class Verdicts {
    /** A ratio beyond this factor (or below its inverse) is called vanishing or exploding. */
    public static final double FACTOR = 100;

    private Verdicts() {
    }

    /**
     * The verdicts on hidden layers 1..n: whether the forward signal (act std) and the backward signal (dL/da std)
     * vanish, explode or keep their size from the first to the last layer (ratio beyond {@link #FACTOR}), and which
     * layers are mostly saturated, have dead units, or have units that all point one way. Reads {@link Metric#ACT_STD},
     * {@link Metric#PREACT_STD}, {@link Metric#GRAD_ACT_STD}, {@link Metric#SATURATED_FRAC}, {@link Metric#DEAD_FRAC}
     * and {@link Metric#DIRECTIONS}.
     */
    public static List<String> of(List<LayerMetrics> layers) {
        List<String> out = new ArrayList<>();
        int last = layers.size();
        LayerMetrics first = layers.get(0);
        LayerMetrics top = layers.get(last - 1);
        int overflow = -1;
        for (int l = 0; l < last && overflow < 0; l++) {
            LayerMetrics q = layers.get(l);
            if (!Double.isFinite(q.get(PREACT_STD)) || !Double.isFinite(q.get(ACT_STD))) {
                overflow = l + 1;
            }
        }
        if (overflow > 0) {
            out.add("the forward signal overflowed at layer " + overflow + " (its values reached ±Inf or NaN); "
                    + "the layers after it carry no information, and the gradients are not meaningful");
        } else if (last > 1) {
            out.add(trend("the activation std of layer " + last, top.get(ACT_STD), "layer 1's", first.get(ACT_STD),
                    "the forward signal"));
            out.add(trend("the back-propagated gradient at layer 1", first.get(GRAD_ACT_STD), "layer " + last + "'s",
                    top.get(GRAD_ACT_STD), "the backward signal"));
        }
        List<Integer> saturatedLayers = new ArrayList<>();
        List<Integer> deadLayers = new ArrayList<>();
        List<Integer> symmetricLayers = new ArrayList<>();
        double mostSaturated = 0;
        double mostDead = 0;
        int mostDeadLayer = 0;
        for (int l = 0; l < last; l++) {
            LayerMetrics q = layers.get(l);
            if (l + 1 == overflow) {
                break;
            }
            double saturated = q.get(SATURATED_FRAC);
            if (saturated > 0.5) {
                saturatedLayers.add(l + 1);
                mostSaturated = Math.max(mostSaturated, saturated);
            }
            double dead = q.get(DEAD_FRAC);
            if (dead > 0) {
                deadLayers.add(l + 1);
                if (dead > mostDead) {
                    mostDead = dead;
                    mostDeadLayer = l + 1;
                }
            }
            if (q.get(DIRECTIONS) <= 1) {
                symmetricLayers.add(l + 1);
            }
        }
        if (!saturatedLayers.isEmpty()) {
            out.add(String.format(Locale.ROOT,
                    "more than half of the activations are saturated (derivative nearly 0) in %s, "
                    + "up to %.0f%%", layerList(saturatedLayers), 100 * mostSaturated));
        }
        if (!deadLayers.isEmpty()) {
            out.add(String.format(Locale.ROOT, "dead units (zero for every example of the batch) in %s, up to %.0f%% "
                    + "of a layer (layer %d)", layerList(deadLayers), 100 * mostDead, mostDeadLayer));
        }
        if (!symmetricLayers.isEmpty()) {
            out.add("all units point the same way (at most 1 direction among them: symmetry not broken) in "
                    + layerList(symmetricLayers));
        }
        return out;
    }

    /** "layer 3", "layers 2, 5 and 7", or "layers 3–40" for a run of consecutive layers. */
    static String layerList(List<Integer> layers) {
        if (layers.size() == 1) {
            return "layer " + layers.get(0);
        }
        boolean consecutive = layers.get(layers.size() - 1) - layers.get(0) == layers.size() - 1;
        if (consecutive) {
            return "layers " + layers.get(0) + "–" + layers.get(layers.size() - 1);
        }
        if (layers.size() <= 6) {
            StringBuilder s = new StringBuilder("layers ");
            for (int i = 0; i < layers.size(); i++) {
                s.append(layers.get(i)).append(i == layers.size() - 1 ? "" : i == layers.size() - 2 ? " and " : ", ");
            }
            return s.toString();
        }
        return layers.size() + " layers (" + layers.get(0) + " to " + layers.get(layers.size() - 1) + ")";
    }

    /** "X is 3.2e-07 of Y: vanishing". */
    static String trend(String what, double value, String ofWhat, double reference, String signal) {
        double ratio = value / reference;
        String word;
        if (value == 0 && reference == 0) {
            return what + " and that of " + ofWhat.replace("'s", "") + " are both exactly 0: no "
                    + signal.replace("the ", "") + " at all";
        }
        if (!Double.isFinite(ratio)) {
            word = "not a finite number: " + signal + " overflowed or is zero everywhere";
        } else if (ratio < 1 / FACTOR) {
            word = "vanishing";
        } else if (ratio > FACTOR) {
            word = "exploding";
        } else {
            word = signal + " is roughly preserved";
        }
        return String.format(Locale.ROOT, "%s is %.3g× %s: %s", what, ratio, ofWhat, word);
    }
}
