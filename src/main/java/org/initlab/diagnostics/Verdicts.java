package org.initlab.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain-words conclusions from per-layer statistics (hidden layers, the first first). */
public final class Verdicts {
    /** A ratio beyond this factor (or below its inverse) is called vanishing or exploding. */
    public static final double FACTOR = 100;

    private Verdicts() {
    }

    /** Returns the of for the given arguments (see the class comment). */
    public static List<String> of(List<Map<String, Double>> layers) {
        List<String> out = new ArrayList<>();
        int last = layers.size();
        Map<String, Double> first = layers.get(0);
        Map<String, Double> top = layers.get(last - 1);
        if (last > 1) {
            out.add(trend("the activation std of layer " + last, top.get("act_std"), "layer 1's", first.get("act_std"),
                    "the forward signal"));
            out.add(trend("the back-propagated gradient at layer 1", first.get("grad_act_std"), "layer " + last + "'s",
                    top.get("grad_act_std"), "the backward signal"));
        }
        for (int l = 0; l < last; l++) {
            Map<String, Double> q = layers.get(l);
            double saturated = q.get("saturated_frac");
            if (saturated > 0.5) {
                out.add(String.format(Locale.ROOT, "%.0f%% of layer %d's activations are saturated: their derivative is "
                        + "nearly 0", 100 * saturated, l + 1));
            }
            double dead = q.get("dead_frac");
            if (dead > 0) {
                out.add(String.format(Locale.ROOT, "%.0f%% of layer %d's units are dead (zero for every example)",
                        100 * dead, l + 1));
            }
            double distinct = q.get("distinct_units");
            if (distinct == 1) {
                out.add("all units of layer " + (l + 1) + " are identical (1 distinct unit): symmetry is not broken");
            }
            if (!Double.isFinite(q.get("act_std"))) {
                out.add("layer " + (l + 1) + "'s activations are not finite (NaN or Inf): the signal overflowed");
                break;
            }
        }
        return out;
    }

    /** "X is 3.2e-07 of Y: vanishing". */
    static String trend(String what, double value, String ofWhat, double reference, String signal) {
        double ratio = value / reference;
        String word;
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
