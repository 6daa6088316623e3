package remedies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.plot.ChartSpec;
import org.initlab.plot.VisualStyle;

/**
 * The lesson's charts as {@link ChartSpec}s: each network in its initializer's colour; networks that share an
 * initializer are told apart by marker shape, and a diverged run is drawn on top and named on the chart.
 */
final class RemediesCharts {
    private RemediesCharts() {
    }

    /**
     * One network of a chart: its label, its weight initializer's colour key ({@link VisualStyle#initKey}), its
     * values, the step it diverged at (0: never).
     */
    record Run(String label, String initKey, double[] values, int divergedAt) {
    }

    /**
     * Test accuracy (%) after each epoch, epoch 0 before training, on a fixed 0–100 % axis with chance (50 %) as a
     * reference line; a run that diverged is drawn on top and named, with its step, in a note on the chart.
     */
    static ChartSpec accuracyPerEpoch(String title, List<Run> runs, int stepsPerEpoch) {
        ChartSpec spec = ChartSpec.of(title, "epoch", "test accuracy (%)").scale(ChartSpec.Scale.LINEAR)
                .yRange(0.0, 100.0)
                .reference("chance (50%)", 50);
        List<String> diverged = new ArrayList<>();
        for (Run r : runs) {
            String key = r.initKey();
            double[] x = new double[r.values().length];
            double[] y = new double[r.values().length];
            for (int e = 0; e < x.length; e++) {
                x[e] = e;
                y[e] = 100 * r.values()[e];
            }
            boolean failed = r.divergedAt() > 0;
            spec.add(failed ? r.label() + " — diverged" : r.label(), x, y, key, null, ChartSpec.Role.LINE, failed);
            if (failed) {
                diverged.add(String.format(Locale.ROOT, "%s at step %d (epoch %d)", r.label(), r.divergedAt(),
                        (r.divergedAt() + stepsPerEpoch - 1) / stepsPerEpoch));
            }
        }
        if (!diverged.isEmpty()) {
            spec.note("loss NaN, run ended (only its accuracy before training is drawn): "
                    + String.join("; ", diverged));
        }
        return spec;
    }

    /**
     * Each network's hidden-output std per layer at initialization, on a log axis when it spans more than two decades.
     */
    static ChartSpec stdPerLayer(String title, Map<String, double[]> std, Map<String, String> initKeyOf) {
        ChartSpec spec = ChartSpec.of(title, "hidden layer (residual: block; 1 = nearest the input)",
                "std of the outputs");
        for (Map.Entry<String, double[]> e : std.entrySet()) {
            double[] x = new double[e.getValue().length];
            for (int l = 0; l < x.length; l++) {
                x[l] = l + 1;
            }
            spec.line(e.getKey(), x, e.getValue(), initKeyOf.get(e.getKey()), null);
        }
        return spec;
    }

}
