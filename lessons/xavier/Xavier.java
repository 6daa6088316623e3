package xavier;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.initlab.activation.Activation;
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
import org.initlab.lesson.Spread;
import org.initlab.plot.LayerCharts;
import org.initlab.theory.LayerPrediction;

/**
 * Lesson 6 — Xavier/Glorot: which weight variance keeps a deep tanh or sigmoid network's signals alive, forward and
 * backward? See {@code lessons/xavier/README.md}.
 */
public final class Xavier implements Lesson {
    /**
     * Runs this lesson: {@code java -cp target/initlab.jar xavier.Xavier [options]} or "Run" in an IDE ({@code --help}
     * lists the options).
     */
    public static void main(String[] args) {
        LessonMain.run(new Xavier(), args);
    }

    static final String QUESTION = "Which weight variance keeps the signal of a deep tanh or sigmoid network alive, "
            + "forward and backward — and is Xavier's 2/(fanIn + fanOut) it?";

    @Override
    public String name() {
        return "xavier";
    }

    @Override
    public String title() {
        return "Xavier/Glorot: variance 2/(fanIn + fanOut) for tanh and sigmoid";
    }

    @Override
    public LessonResult run(LessonOptions o, PrintStream console) {
        // 1. Set up: the same deep network with Xavier uniform and normal, and lessons 4 and 5's small and large inits
        boolean quick = o.quick();
        long seed = o.seedOr(1);
        int depth = o.depthOr(quick ? 6 : 10);
        int width = o.widthOr(quick ? 32 : 64);
        int epochs = o.epochsOr(quick ? 25 : 30);
        int seeds = o.seedsOr(quick ? 1 : 3);
        List<String> activations = o.activation() != null ? List.of(o.activation()) : List.of("tanh", "sigmoid");
        List<String> inits = o.init() != null ? List.of(o.init())
                : List.of("xavier-uniform", "xavier-normal", "normal:std=0.01", "normal:std=1");
        Findings f = new Findings(this, o, console)
                .setting("probe", depth + " layers × " + width + " units, unit-Gaussian batch of "
                        + (quick ? 200 : 1000))
                .setting("training", "circles, " + depth + " × " + width + ", sgd lr 0.1, batches of 32, "
                        + epochs + " epochs")
                .setting("initializers", String.join(", ", inits))
                .setting("seed",
                        seed + (seeds > 1 ? " (training: seeds " + seed + "–" + (seed + seeds - 1) + ")" : ""));

        // 2. Run, part 1: probe every activation × init
        Map<String, Map<String, Probe.Result>> probes = new LinkedHashMap<>();
        for (String act : activations) {
            Map<String, Probe.Result> byInit = new LinkedHashMap<>();
            for (String init : inits) {
                byInit.put(act + ", " + init, Probe.run(o.newActivation(act), o.newInitializer(init), depth, width,
                        quick ? 200 : 1000, seed));
            }
            probes.put(act, byInit);
        }

        // 3. Measure: the spread of activation std and gradient std over the layers
        for (Map<String, Probe.Result> byInit : probes.values()) {
            for (Map.Entry<String, Probe.Result> e : byInit.entrySet()) {
                List<LayerMetrics> layers = e.getValue().layers();
                double first = layers.get(0).get(Metric.ACT_STD);
                double worst = 1;
                for (LayerMetrics q : layers) {
                    double r = q.get(Metric.ACT_STD) / first;
                    worst = Math.max(worst, Math.max(r, 1 / r));
                }
                double backward = layers.get(0).get(Metric.GRAD_ACT_STD)
                        / layers.get(depth - 1).get(Metric.GRAD_ACT_STD);
                f.figure(e.getKey() + ": largest factor between a layer's " + Metric.ACT_STD.label() + " and layer 1's",
                        worst);
                f.figure(e.getKey() + ": " + Metric.GRAD_ACT_STD.label() + ", layer 1 / layer " + depth, backward);
                if (e.getKey().contains("xavier")) {
                    f.conclude("%s: every layer's activation std is within a factor %.2f of layer 1's; "
                            + "the back-propagated signal at layer 1 is %.3g× layer %d's", e.getKey(), worst,
                            backward, depth);
                }
            }
        }

        // 2'. Run, part 2: train every combination
        int examples = quick ? 400 : 1000;
        List<RunSpec> specs = new ArrayList<>();
        for (String act : activations) {
            Activation phi = o.newActivation(act);
            for (String init : inits) {
                Initializer weights = o.newInitializer(init);
                specs.add(RunSpec.of(act + ", " + init, phi, depth, width, weights, epochs, seed));
            }
        }
        List<List<RunResult>> bySeed = Experiments.trainOverSeeds(specs, seeds,
                s -> ToyData.circles(examples, 0.05, s).split(0.25, s), console);
        for (String act : activations) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                String label = specs.get(i).label();
                if (label.startsWith(act + ",")) {
                    Spread accuracy = Experiments.accuracy(bySeed.get(i));
                    f.spread(label + ": final test accuracy", accuracy);
                    line.add(label.substring(act.length() + 2) + " " + accuracy.percent());
                }
            }
            f.conclude("%s, test accuracy after %d epochs (median and range over seeds): %s", act, epochs,
                    String.join("; ", line));
        }
        List<RunResult> runs = new ArrayList<>();
        bySeed.forEach(r -> runs.add(r.get(0)));

        // 4. Plot: one forward and one backward chart per activation, the theory dashed
        for (Map.Entry<String, Map<String, Probe.Result>> e : probes.entrySet()) {
            f.plot(LessonCharts.probes(e.getKey() + ": activation std per layer", "std of activations",
                    true, e.getValue(), Metric.ACT_STD, LayerPrediction::activationStd), e.getKey() + "_activation_std",
                    e.getKey() + ": activation std per layer for each init (dots: measured, dashed: theory)");
            f.plot(LessonCharts.probes(e.getKey() + ": back-propagated signal per layer", "std of dL/da",
                    true, e.getValue(), Metric.GRAD_ACT_STD, LayerPrediction::gradientStd),
                    e.getKey() + "_gradient_std",
                    e.getKey() + ": back-propagated signal per layer (layer 1 = nearest the input)");
        }
        Map<String, List<double[]>> histogramRows = new LinkedHashMap<>();
        for (String init : List.of("normal:std=0.01", "xavier-normal", "normal:std=1")) {
            Probe.Result p = probes.getOrDefault("tanh", Map.of()).get("tanh, " + init);
            if (p != null) {
                histogramRows.put(init, p.activations());
            }
        }
        if (!histogramRows.isEmpty()) {
            f.addPlot(LayerCharts.histogramRows("tanh activation", histogramRows, 4, 40, o.folder(),
                    "activation_histograms"), "tanh activations layer by layer (columns) for small, Xavier and large "
                    + "init (rows; x range shared along a row): small collapses to a spike at 0, large piles up at ±1 "
                    + "(saturated), Xavier keeps a spread at every depth");
        }
        f.plot(LessonCharts.loss("Training: Xavier against small and large init", runs), "loss",
                "Mini-batch loss per step");
        f.plot(LessonCharts.accuracy("Test accuracy", runs), "accuracy", "Test accuracy per epoch");

        Path boundaries = LessonCharts.decisionBoundaries(runs,
                ToyData.circles(examples, 0.05, seed).split(0.25, seed).test(), o.folder(), "decision_boundaries");
        if (boundaries != null) {
            f.addPlot(boundaries,
                    "What each network predicts over the plane after training (light: predicted class; dots: test "
                    + "points): runs at chance paint (almost) one colour, trained ones follow the circles");
        }
        // the verdict the plots above show
        RunResult tanhXavier = RunOutcomes.find(runs, l -> l.equals("tanh, xavier-normal"));
        RunResult sigmoidXavier = RunOutcomes.find(runs, l -> l.equals("sigmoid, xavier-normal"));
        String forTanh = tanhXavier == null ? "" : RunOutcomes.trained(tanhXavier)
                ? String.format(Locale.ROOT, "For tanh, yes: Xavier keeps every layer's signal alive and the deep "
                + "network trains (%.0f %%)",
                        100 * tanhXavier.finalTestAccuracy())
                : String.format(Locale.ROOT, "For tanh, not with this budget: Xavier ends at %.0f %%",
                        100 * tanhXavier.finalTestAccuracy());
        String forSigmoid = sigmoidXavier == null ? "" : RunOutcomes.trained(sigmoidXavier)
                ? String.format(Locale.ROOT,
                        "sigmoid trains with it too (%.0f %%)", 100 * sigmoidXavier.finalTestAccuracy())
                : String.format(Locale.ROOT,
                        "for sigmoid, no: its back-propagated signal still shrinks layer by layer (σ' ≤ ¼) and "
                        + "Xavier ends at %.0f %%", 100 * sigmoidXavier.finalTestAccuracy());
        f.verdict("%s", String.join("; ", Stream.of(forTanh, forSigmoid).filter(s -> !s.isEmpty()).toList())
                + (forTanh.isEmpty() && forSigmoid.isEmpty() ? RunOutcomes.summary(runs) : ""));

        // 5. Conclude
        return f.finish(QUESTION);
    }
}
