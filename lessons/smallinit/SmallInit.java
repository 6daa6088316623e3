package smallinit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.activation.Activation;
import org.initlab.data.ToyData;
import org.initlab.diagnostics.LayerMetrics;
import org.initlab.diagnostics.Metric;
import org.initlab.diagnostics.Probe;
import org.initlab.init.Initializer;
import org.initlab.init.Normal;
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
import org.initlab.plot.ChartGrid;
import org.initlab.plot.LayerCharts;
import org.initlab.plot.VisualStyle;
import org.initlab.theory.LayerPrediction;

/**
 * Lesson 4 — small random values: why does N(0, 0.01²) work for a shallow network and fail for a deep one?
 * See {@code lessons/smallinit/README.md}.
 */
public final class SmallInit implements Lesson {
    /**
     * Runs this lesson: {@code java -cp target/initlab.jar smallinit.SmallInit [options]} or "Run" in an IDE
     * ({@code --help} lists the options).
     */
    public static void main(String[] args) {
        LessonMain.run(new SmallInit(), args);
    }

    static final String QUESTION = "Why do small random weights train a shallow network but stall a deep one?";

    @Override
    public String name() {
        return "smallinit";
    }

    @Override
    public String title() {
        return "Small random values: the signal vanishes with depth";
    }

    @Override
    public LessonResult run(LessonOptions o, PrintStream console) {
        // 1. Set up: N(0, 0.01²) — std 0.01 — and, for the other reading of "N(0, 0.01)", std 0.1
        boolean quick = o.quick();
        long seed = o.seedOr(1);
        int depth = o.depthOr(quick ? 6 : 10);
        int width = o.widthOr(quick ? 32 : 64);
        int epochs = o.epochsOr(quick ? 10 : 40);
        int seeds = o.seedsOr(quick ? 1 : 3);
        Initializer small = o.newInitializer(o.initOr("normal:std=0.01"));
        List<String> activations = o.activation() != null ? List.of(o.activation()) : List.of("tanh", "sigmoid");
        Findings f = new Findings(this, o, console)
                .setting("init", small.name() + ": " + small.describe())
                .setting("probe", depth + " layers × " + width + " units, unit-Gaussian batch of "
                        + (quick ? 200 : 1000))
                .setting("training", "moons (noise 0.1), deep (" + depth + " × " + width + ") vs shallow (1 × " + width
                        + "), sgd with momentum 0.9, lr 0.1, batches of 32, " + epochs + " epochs")
                .setting("seed",
                        seed + (seeds > 1 ? " (training: seeds " + seed + "–" + (seed + seeds - 1) + ")" : ""));

        // 2. Run, part 1: probe the fresh networks forward and backward
        Map<String, Probe.Result> probes = new LinkedHashMap<>();
        Map<String, String> colourKeys = new LinkedHashMap<>();
        for (String name : activations) {
            Activation phi = o.newActivation(name);
            probes.put(name + ", " + small.describe(), Probe.run(phi, small, depth, width, quick ? 200 : 1000, seed));
            colourKeys.put(name + ", " + small.describe(), VisualStyle.initKey(small));
        }
        Normal tenfold = new Normal(0, 0.1);
        probes.put(activations.get(0) + ", std 0.1 (variance 0.01)",
                Probe.run(o.newActivation(activations.get(0)), tenfold, depth, width, quick ? 200 : 1000, seed));
        colourKeys.put(activations.get(0) + ", std 0.1 (variance 0.01)", VisualStyle.initKey(tenfold));

        // 3. Measure: how fast the forward and backward signals shrink
        for (Map.Entry<String, Probe.Result> e : probes.entrySet()) {
            List<LayerMetrics> layers = e.getValue().layers();
            double forward = layers.get(depth - 1).get(Metric.ACT_EXAMPLE_STD)
                    / layers.get(0).get(Metric.ACT_EXAMPLE_STD);
            double backward = layers.get(0).get(Metric.GRAD_ACT_STD) / layers.get(depth - 1).get(Metric.GRAD_ACT_STD);
            double weightGrads = layers.get(0).get(Metric.GRAD_W_STD) / layers.get(depth - 1).get(Metric.GRAD_W_STD);
            f.figure(e.getKey() + ": " + Metric.ACT_EXAMPLE_STD.label() + ", layer " + depth + " / layer 1", forward);
            f.figure(e.getKey() + ": " + Metric.GRAD_ACT_STD.label() + ", layer 1 / layer " + depth, backward);
            f.figure(e.getKey() + ": " + Metric.GRAD_W_STD.label() + ", layer 1 / layer " + depth, weightGrads);
            boolean level = weightGrads > 0.1 && weightGrads < 10;
            f.conclude("%s: the activations' spread across examples falls to %.2g× layer 1's by layer %d, and the "
                    + "back-propagated signal reaching layer 1 is %.2g× layer %d's; %s the weight gradients of layer 1 "
                    + "are %.2g× layer %d's", e.getKey(), forward, depth, backward, depth, level ? "yet" : "and",
                    weightGrads, depth);
        }
        for (Map.Entry<String, Probe.Result> e : probes.entrySet()) {
            if (e.getKey().startsWith("sigmoid")) {
                LayerMetrics top = e.getValue().layers().get(depth - 1);
                f.conclude("%s: layer %d's activations have mean %.3f and overall std %.3g, "
                        + "but a spread across examples of only %.2g: each unit sits at its own constant near σ(0) = "
                        + "0.5, whatever the input",
                        e.getKey(), depth, top.get(Metric.ACT_MEAN), top.get(Metric.ACT_STD),
                        top.get(Metric.ACT_EXAMPLE_STD));
            }
        }

        // 2'. Run, part 2: train deep and shallow networks with the same init
        int examples = quick ? 400 : 1000;
        List<RunSpec> specs = new ArrayList<>();
        for (String name : activations) {
            Activation phi = o.newActivation(name);
            specs.add(RunSpec.of(name + ", deep (" + depth + " layers)", phi, depth, width, small, epochs, seed)
                    .withOptimizer("momentum", 0.1));
            specs.add(RunSpec.of(name + ", shallow (1 layer)", phi, 1, width, small, epochs, seed)
                    .withOptimizer("momentum", 0.1));
        }
        List<List<RunResult>> bySeed = Experiments.trainOverSeeds(specs, seeds,
                s -> ToyData.moons(examples, 0.1, s).split(0.25, s), console);
        for (int i = 0; i < specs.size(); i++) {
            f.spread(specs.get(i).label() + ": final test accuracy", Experiments.accuracy(bySeed.get(i)));
        }
        for (int i = 0; i < specs.size(); i += 2) {
            Spread deep = Experiments.accuracy(bySeed.get(i));
            Spread shallow = Experiments.accuracy(bySeed.get(i + 1));
            f.conclude("training %s with the same init (median and range over seeds): %s with %d layers, %s with 1 "
                    + "layer%s", activations.get(i / 2), deep.percent(), depth, shallow.percent(),
                    shallow.min() > deep.max() + 0.2 ? ": depth is the culprit (on every seed)"
                            : " (no difference that holds on every seed in this budget)");
        }
        List<RunResult> runs = new ArrayList<>();
        bySeed.forEach(r -> runs.add(r.get(0)));

        // 4. Plot
        f.plot(LessonCharts.probes("Forward: activation std per layer", "std of activations", true, probes,
                Metric.ACT_STD, LayerPrediction::activationStd, colourKeys), "activation_std",
                "Activation std per layer over all entries (dots: measured, dashed: mean-field theory); log scale");
        f.plot(LessonCharts.probes("Forward: spread across examples per layer", "std across examples", true, probes,
                Metric.ACT_EXAMPLE_STD, null, colourKeys), "activation_example_std",
                "The spread of each unit across the examples (the part that carries the input's information); "
                        + "log scale");
        f.plot(LessonCharts.probes("Backward: back-propagated signal dL/da per layer", "std of dL/da", true, probes,
                Metric.GRAD_ACT_STD, LayerPrediction::gradientStd, colourKeys), "gradient_std",
                "The signal flowing back shrinks towards the input (layer 1), as the theory predicts");
        f.plot(LessonCharts.probes("Weight gradients dL/dW per layer", "std of dL/dW", true, probes, Metric.GRAD_W_STD,
                null, colourKeys), "weight_gradient_std", "Weight gradients: dL/dW = aᵀ·dL/dz mixes the shrinking "
                        + "forward and the growing backward signal, so it can stay level across layers");
        Probe.Result first = probes.values().iterator().next();
        f.addPlot(ChartGrid.savePng(LayerCharts.histogramGrid("activation", first.activations(), 40), 4, o.folder(),
                "activation_histograms"),
                "Activation histograms, layer by layer (" + probes.keySet().iterator().next() + ")");
        f.plot(LessonCharts.loss("Training: deep vs shallow with the same small init", runs), "loss",
                "Mini-batch loss per step");
        f.plot(LessonCharts.overTime("Back-propagated gradient at hidden layer 1 during training", "std of dL/da", true,
                runs, Metric.GRAD_ACT_STD, 1, Math::max), "gradient_layer1_over_time",
                "The first layer's gradient during training, deep vs shallow");

        RunResult deepRun = RunOutcomes.find(runs, l -> l.contains("deep"));
        if (deepRun != null) {
            f.plot(LessonCharts.layerStepHeatmap("log₁₀ ‖dL/dW‖ per layer over training: " + deepRun.label(), deepRun,
                    Metric.GRAD_W_NORM), "gradient_heatmap", "Weight-gradient norm of every hidden layer (rows) over "
                    + "training (columns), as log₁₀: each step down the rows towards layer 1 is a factor smaller; "
                    + "the colour scale is in decades");
        }
        // the verdict the plots above show
        f.verdict("The signal shrinks by the same factor at every layer, forward and backward, "
                + "so depth compounds it: %s", RunOutcomes.summary(runs));

        // 5. Conclude
        return f.finish(QUESTION);
    }
}
