package he;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.activation.Activation;
import org.initlab.activation.Activations;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.diagnostics.LayerMetrics;
import org.initlab.diagnostics.Metric;
import org.initlab.diagnostics.Probe;
import org.initlab.init.Initializers;
import org.initlab.lesson.Experiments;
import org.initlab.lesson.Findings;
import org.initlab.lesson.Lesson;
import org.initlab.lesson.LessonCharts;
import org.initlab.cli.LessonMain;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.initlab.lesson.RunOutcomes;
import org.initlab.lesson.RunResult;
import org.initlab.lesson.RunSpec;
import org.initlab.lesson.Spread;
import org.initlab.plot.LayerCharts;
import org.initlab.theory.LayerPrediction;
import org.knowm.xchart.HeatMapChart;

/**
 * Lesson 7 — He/Kaiming: why does a deep ReLU network need twice Xavier's variance?
 * See {@code lessons/he/README.md}.
 */
public final class He implements Lesson {
    /**
     * Runs this lesson: {@code java -cp target/initlab.jar he.He [options]} or "Run" in an IDE ({@code --help} lists
     * the options).
     */
    public static void main(String[] args) {
        LessonMain.run(new He(), args);
    }

    static final String QUESTION = "Why does a deep ReLU network need variance 2/fanIn, "
            + "and what happens with Xavier's?";

    @Override
    public String name() {
        return "he";
    }

    @Override
    public String title() {
        return "He/Kaiming: the factor 2 that ReLU needs";
    }

    @Override
    public LessonResult run(LessonOptions o, PrintStream console) {
        // 1. Set up: a deep ReLU network; Xavier against He (fan-in and fan-out), and leaky ReLU with its own gain
        boolean quick = o.quick();
        long seed = o.seedOr(1);
        int depth = o.depthOr(quick ? 15 : 30);
        int width = o.widthOr(64);
        int epochs = o.epochsOr(quick ? 10 : 20);
        int seeds = o.seedsOr(quick ? 2 : 4);
        String act = o.activationOr("relu");
        Activation phi = o.newActivation(act);
        Map<String, String> inits = new LinkedHashMap<>();
        inits.put("xavier-normal", "xavier-normal");
        inits.put("he-normal (fan-in)", "he-normal");
        inits.put("he-normal (fan-out)", "he-normal:mode=fan-out");
        if (o.init() != null) {
            inits.put(o.init(), o.init());
        }
        Findings f = new Findings(this, o, console)
                .setting("probe", depth + " " + act + " layers × " + width + " units, unit-Gaussian batch of "
                        + (quick ? 200 : 1000))
                .setting("training", "circles, 2 → " + depth + " × " + width + " → 1, sgd lr 0.05, batches of 32, "
                        + epochs + " epochs")
                .setting("seed",
                        seed + (seeds > 1 ? " (training: seeds " + seed + "–" + (seed + seeds - 1) + ")" : ""));

        // 2. Run, part 1: probe
        Map<String, Probe.Result> probes = new LinkedHashMap<>();
        inits.forEach((label, spec) -> probes.put(label, Probe.run(phi, o.newInitializer(spec), depth, width,
                quick ? 200 : 1000, seed)));
        Activation leaky = Activations.byName("leaky-relu:0.2");
        Map<String, Probe.Result> leakyProbes = new LinkedHashMap<>();
        leakyProbes.put("leaky-relu 0.2, he-normal a=0",
                Probe.run(leaky, Initializers.byName("he-normal"), depth, width, quick ? 200 : 1000, seed));
        leakyProbes.put("leaky-relu 0.2, he-normal a=0.2", Probe.run(leaky, Initializers.byName("he-normal:slope=0.2"),
                depth, width, quick ? 200 : 1000, seed));

        // 3. Measure: the factor per layer by which the forward signal changes
        for (Map<String, Probe.Result> group : List.of(probes, leakyProbes)) {
            for (Map.Entry<String, Probe.Result> e : group.entrySet()) {
                List<LayerMetrics> layers = e.getValue().layers();
                double total = layers.get(depth - 1).get(Metric.PREACT_STD) / layers.get(0).get(Metric.PREACT_STD);
                double perLayer = Math.pow(total, 1.0 / (depth - 1));
                f.figure(e.getKey() + ": " + Metric.PREACT_STD.label() + " change per layer", perLayer);
                f.figure(e.getKey() + ": " + Metric.PREACT_STD.label() + ", layer " + depth + " / layer 1", total);
                f.conclude("%s: the pre-activation std changes by %.3f× per layer (%.3g× over %d layers)", e.getKey(),
                        perLayer, total, depth);
            }
        }

        // 2'. Run, part 2: train Xavier against He
        //     over several seeds (data, weights and shuffling all change with the seed): one seed is not evidence
        int examples = quick ? 400 : 1000;
        List<RunSpec> specs = new ArrayList<>();
        inits.forEach((label, spec) -> specs.add(RunSpec.of(act + ", " + label, phi, depth, width,
                o.newInitializer(spec), epochs, seed).withOptimizer("sgd", 0.05)));
        List<List<RunResult>> bySeed = Experiments.trainOverSeeds(specs, seeds,
                s -> ToyData.circles(examples, 0.05, s).split(0.25, s), console);
        List<Spread> accuracy = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            accuracy.add(Experiments.accuracy(bySeed.get(i)));
            f.spread(specs.get(i).label() + ": final test accuracy", accuracy.get(i));
        }
        Spread xavier = accuracy.get(0);
        Spread he = accuracy.get(1);
        Spread fanOut = accuracy.get(2);
        f.conclude("training %d %s layers, final test accuracy (median, range over seeds): Xavier %s, He (fan-in) %s, "
                + "He (fan-out) %s", depth, act, xavier.percent(), he.percent(), fanOut.percent());
        f.conclude(he.min() > xavier.max() ? "He (fan-in) beats Xavier on every seed: its worst run beats Xavier's best"
                : "He (fan-in) does not beat Xavier on every seed (He's worst %.0f%%, Xavier's best %.0f%%): "
                + "with this budget the comparison is not robust", 100 * he.min(), 100 * xavier.max());
        List<RunResult> runs = new ArrayList<>();
        bySeed.forEach(r -> runs.add(r.get(0)));

        // 4. Plot
        Map<String, Probe.Result> all = new LinkedHashMap<>(probes);
        all.putAll(leakyProbes);
        f.plot(LessonCharts.probes("Forward: pre-activation std per layer", "std of z", true, all, Metric.PREACT_STD,
                LayerPrediction::preActivationStd), "preactivation_std",
                "Pre-activation std per layer (dots: measured, dashed: theory): "
                + "Xavier loses √2 per layer, He keeps it");
        f.plot(LessonCharts.probes("Backward: back-propagated signal per layer", "std of dL/da", true, all,
                Metric.GRAD_ACT_STD, LayerPrediction::gradientStd), "gradient_std",
                "Back-propagated signal per layer (layer 1 = nearest the input)");
        Map<String, List<double[]>> histogramRows = new LinkedHashMap<>();
        for (String label : List.of("xavier-normal", "he-normal (fan-in)")) {
            if (probes.containsKey(label)) {
                histogramRows.put(label, probes.get(label).activations());
            }
        }
        if (!histogramRows.isEmpty()) {
            f.addPlot(LayerCharts.histogramRows(act + " activation", histogramRows, 4, 40, o.folder(),
                    "activation_histograms"), act + " activations layer by layer (columns) for Xavier and He (rows; x "
                    + "range shared along a row): with Xavier the spread shrinks towards 0 with "
                    + "depth, with He it stays");
        }
        f.plot(LessonCharts.loss("Training a deep ReLU network", runs), "loss", "Mini-batch loss per step, smoothed "
                + "over the faint raw values; the dotted line is chance (ln 2)");
        f.plot(LessonCharts.accuracy("Test accuracy", runs), "accuracy", "Test accuracy per epoch");

        Path boundaries = LessonCharts.decisionBoundaries(runs,
                ToyData.circles(examples, 0.05, seed).split(0.25, seed).test(), o.folder(), "decision_boundaries");
        if (boundaries != null) {
            f.addPlot(boundaries,
                    "What each network predicts over the plane after training (light: predicted class; dots: test "
                    + "points)");
        }
        List<RunResult> compared = runs.subList(0, Math.min(2, runs.size()));
        List<HeatMapChart> heatmaps = new ArrayList<>();
        for (RunResult r : compared) {
            heatmaps.add(LessonCharts.layerStepHeatmap("log₁₀ ‖dL/dW‖ per layer over training: " + r.label(), r,
                    Metric.GRAD_W_NORM));
        }
        double low = heatmaps.stream().mapToDouble(h -> h.getStyler().getMin()).min().orElse(0);
        double high = heatmaps.stream().mapToDouble(h -> h.getStyler().getMax()).max().orElse(1);
        for (int i = 0; i < heatmaps.size(); i++) {
            heatmaps.get(i).getStyler().setMin(low).setMax(high); // one colour scale for both, so they compare
            String init = compared.get(i).label().substring(compared.get(i).label().indexOf(", ") + 2);
            f.plot(heatmaps.get(i), "gradient_heatmap_" + init.replaceAll("[^a-z0-9]+", "_").replaceAll("_$", ""),
                    "Weight-gradient norm of every hidden layer (rows) over training (columns), as log₁₀, " + init
                            + "; both heatmaps share one colour scale, so a paler map is a smaller gradient");
        }
        f.plot(LessonCharts.overTime("Dead ReLU units (most in any hidden layer)",
                "fraction of units dead on the batch", false, runs, Metric.DEAD_FRAC, 0, Math::max), "dead_units",
                "The largest fraction of units that output 0 for the whole batch in any hidden layer, over training");
        f.plot(LessonCharts.overTime("Update/weight ratio ‖Δw‖/‖w‖, largest layer", "ratio", true,
                runs, Metric.UPDATE_RATIO, 0, Math::max), "update_ratio",
                "How much one step changes the weights, relative to their size; the dotted line is the usual ~1e-3 "
                        + "guide for SGD (far below: the layer barely learns)");
        // the verdict the plots above show
        f.verdict("He's 2/fanIn keeps a deep %s network's signal at a constant std, "
                + "Xavier's loses half the variance per layer: %s", act, RunOutcomes.summary(runs));

        // 5. Conclude
        return f.finish(QUESTION);
    }
}
