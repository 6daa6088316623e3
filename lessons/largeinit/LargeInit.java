package largeinit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.activation.Activation;
import org.initlab.activation.Activations;
import org.initlab.data.ToyData;
import org.initlab.diagnostics.LayerMetrics;
import org.initlab.diagnostics.Metric;
import org.initlab.diagnostics.Probe;
import org.initlab.init.Initializer;
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
import org.initlab.plot.LayerCharts;
import org.initlab.plot.VisualStyle;
import org.initlab.theory.LayerPrediction;

/**
 * Lesson 5 — large random values: what do N(0, 1) weights do to tanh, sigmoid and ReLU networks?
 * See {@code lessons/largeinit/README.md}.
 */
public final class LargeInit implements Lesson {
    /**
     * Runs this lesson: {@code java -cp target/initlab.jar largeinit.LargeInit [options]} or "Run" in an IDE
     * ({@code --help} lists the options).
     */
    public static void main(String[] args) {
        LessonMain.run(new LargeInit(), args);
    }

    static final String QUESTION = "What do large random weights do: saturate, explode, or both — and where?";

    @Override
    public String name() {
        return "largeinit";
    }

    @Override
    public String title() {
        return "Large random values: saturation and explosion";
    }

    @Override
    public LessonResult run(LessonOptions o, PrintStream console) {
        // 1. Set up: N(0, 1), i.e. std 1 (the seed's "N(0, 10)" is larger still, whichever way it is read)
        boolean quick = o.quick();
        long seed = o.seedOr(1);
        int depth = o.depthOr(quick ? 6 : 10);
        int width = o.widthOr(quick ? 32 : 64);
        int epochs = o.epochsOr(quick ? 5 : 20);
        int batch = quick ? 200 : 1000;
        int seeds = o.seedsOr(quick ? 1 : 3);
        Initializer large = o.newInitializer(o.initOr("normal:std=1"));
        List<String> activations = o.activation() != null ? List.of(o.activation())
                : List.of("tanh", "sigmoid", "relu");
        Findings f = new Findings(this, o, console)
                .setting("init", large.name() + ": " + large.describe())
                .setting("probe", depth + " layers × " + width + " units, unit-Gaussian batch of " + batch)
                .setting("training", "circles, " + depth + " × " + width + ", sgd lr 0.1, batches of 32, "
                        + epochs + " epochs")
                .setting("seed",
                        seed + (seeds > 1 ? " (training: seeds " + seed + "–" + (seed + seeds - 1) + ")" : ""));

        // 2. Run, part 1: probe fresh networks
        Map<String, Probe.Result> probes = new LinkedHashMap<>();
        for (String name : activations) {
            probes.put(name, Probe.run(o.newActivation(name), large, depth, width, batch, seed));
        }

        // 3. Measure: saturation (tanh, sigmoid), growth (ReLU), and the direction of the backward signal
        for (Map.Entry<String, Probe.Result> e : probes.entrySet()) {
            List<LayerMetrics> layers = e.getValue().layers();
            String act = e.getKey();
            double backward = layers.get(0).get(Metric.GRAD_ACT_STD) / layers.get(depth - 1).get(Metric.GRAD_ACT_STD);
            double forward = layers.get(depth - 1).get(Metric.ACT_STD) / layers.get(0).get(Metric.ACT_STD);
            f.figure(act + ": " + Metric.GRAD_ACT_STD.label() + ", layer 1 / layer " + depth, backward);
            f.figure(act + ": " + Metric.ACT_STD.label() + ", layer " + depth + " / layer 1", forward);
            double saturated = layers.get(depth - 1).get(Metric.SATURATED_FRAC);
            if (!Double.isNaN(saturated)) {
                double mean = layers.stream().mapToDouble(q -> q.get(Metric.SATURATED_FRAC)).average()
                        .orElse(Double.NaN);
                f.figure(act + ": " + Metric.SATURATED_FRAC.label() + ", mean over layers", mean);
                f.conclude("%s: %.0f%% of all activations are saturated (%s); the back-propagated signal at layer 1 is "
                                + "%.3g× layer %d's: it %s towards the input", act, 100 * mean,
                        act.equals("tanh") ? "|a| > 0.97" : "a < 0.03 or a > 0.97", backward, depth,
                        backward > 1 ? "GROWS" : "shrinks");
            } else {
                f.conclude("%s: the activation std grows %.3g× from layer 1 to layer %d, "
                        + "and the back-propagated signal grows %.3g× on its way down: both explode", act, forward,
                        depth, backward);
            }
        }

        // 2'. Run, part 2: train, and record where a run diverges
        //     over several seeds: whether a run diverges, and how well it learns, must hold on every seed
        int examples = quick ? 400 : 1000;
        List<RunSpec> specs = new ArrayList<>();
        for (String name : activations) {
            Activation phi = o.newActivation(name);
            specs.add(RunSpec.of(name + ", " + large.describe(), phi, depth, width, large, epochs, seed)
                    .withRecordEvery(1));
        }
        List<List<RunResult>> bySeed = Experiments.trainOverSeeds(specs, seeds,
                s -> ToyData.circles(examples, 0.05, s).split(0.25, s), console);
        List<RunResult> runs = new ArrayList<>();
        for (List<RunResult> group : bySeed) {
            RunResult r = group.get(0);
            runs.add(r);
            long diverged = group.stream().filter(RunResult::diverged).count();
            f.figure(r.label() + ": initial training loss", r.history().initial().trainLoss());
            f.spread(r.label() + ": final test accuracy", Experiments.accuracy(group));
            f.figure(r.label() + ": runs that diverged", diverged);
            if (r.diverged()) {
                f.figure(r.label() + ": diverged at step", r.history().divergence().get().step());
                f.conclude("%s, seed %d: training %s", r.label(), seed, r.history().divergence().get());
            }
            f.conclude("%s: %d of %d seed(s) diverged; final test accuracy %s", r.label(), diverged, group.size(),
                    Experiments.accuracy(group).percent());
        }

        // 4. Plot
        f.plot(LessonCharts.probes("Saturated fraction per layer", "fraction saturated", false,
                withoutNaN(probes, Metric.SATURATED_FRAC), Metric.SATURATED_FRAC, null), "saturation",
                "Fraction of saturated activations per layer (tanh |a| > 0.97; sigmoid a < 0.03 or > 0.97)");
        f.plot(LessonCharts.probes("Forward: activation std per layer", "std of activations", true, probes,
                Metric.ACT_STD, LayerPrediction::activationStd), "activation_std",
                "Activation std per layer (dots: measured, dashed: theory); ReLU explodes, "
                + "tanh and sigmoid are capped");
        f.plot(LessonCharts.probes("Backward: back-propagated signal dL/da per layer", "std of dL/da", true, probes,
                Metric.GRAD_ACT_STD, LayerPrediction::gradientStd), "gradient_std",
                "The signal flowing back, layer 1 = nearest the input (dots: measured, dashed: theory)");
        Map<String, List<double[]>> histogramRows = new LinkedHashMap<>();
        probes.forEach((act, p) -> histogramRows.put(act + " · " + VisualStyle.initKey(large), p.activations()));
        f.addPlot(LayerCharts.histogramRows("activation", histogramRows, 4, 40, o.folder(), "activation_histograms"),
                "Activations layer by layer (columns) for each activation (rows; x range shared along a row): tanh and "
                + "sigmoid pile up at their limits (saturated), ReLU's range grows layer after layer (it explodes)");
        f.plot(LessonCharts.loss("Training with large init", runs), "loss",
                "Mini-batch loss per step, smoothed over the faint raw values; "
                        + "a run that diverged ends with ✕ and where it happened; the dotted line is chance (ln 2)");

        Path boundaries = LessonCharts.decisionBoundaries(runs,
                ToyData.circles(examples, 0.05, seed).split(0.25, seed).test(), o.folder(), "decision_boundaries");
        if (boundaries != null) {
            f.addPlot(boundaries,
                    "What each network predicts over the plane after training (light: predicted class; dots: test "
                    + "points): a diverged network predicts one class everywhere");
        }
        // the verdict the plots above show
        f.verdict("Both, depending on the activation: tanh and sigmoid saturate, ReLU explodes; in training, %s",
                RunOutcomes.summary(runs));

        // 5. Conclude
        return f.finish(QUESTION);
    }

    private static Map<String, Probe.Result> withoutNaN(Map<String, Probe.Result> probes, Metric metric) {
        Map<String, Probe.Result> out = new LinkedHashMap<>();
        probes.forEach((k, v) -> {
            if (!Double.isNaN(v.layers().get(0).get(metric))) {
                out.put(k, v);
            }
        });
        return out.isEmpty() ? probes : out;
    }
}
