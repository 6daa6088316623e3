package realimages;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashMap;
import org.initlab.data.ImageDatasets;
import org.initlab.data.TrainTest;
import org.initlab.diagnostics.Metric;
import org.initlab.init.Initializers;
import org.initlab.lesson.Experiments;
import org.initlab.lesson.Findings;
import org.initlab.lesson.Lesson;
import org.initlab.lesson.LessonCharts;
import org.initlab.cli.LessonMain;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.initlab.lesson.LessonSkipped;
import org.initlab.lesson.RunOutcomes;
import org.initlab.lesson.RunResult;
import org.initlab.lesson.RunSpec;
import org.initlab.plot.DistributionCharts;

/**
 * Lesson 9 — real images: does the story of lessons 2–7 hold on Fashion-MNIST?
 * See {@code lessons/realimages/README.md}.
 */
public final class RealImages implements Lesson {
    /**
     * Runs this lesson: {@code java -cp target/initlab.jar realimages.RealImages [options]} or "Run" in an IDE
     * ({@code --help} lists the options).
     */
    public static void main(String[] args) {
        LessonMain.run(new RealImages(), args);
    }

    static final String QUESTION = "Do zero, small, large, Xavier and He initialization behave on real images "
            + "(Fashion-MNIST) as they did on the toy data?";

    @Override
    public String name() {
        return "realimages";
    }

    @Override
    public String title() {
        return "Real images: the same story on Fashion-MNIST";
    }

    @Override
    public LessonResult run(LessonOptions o, PrintStream console) {
        // 1. Set up: Fashion-MNIST (a subset, for speed), a deep network, five inits × three activations
        if (!ImageDatasets.fashionInstalled()) {
            throw new LessonSkipped("Fashion-MNIST is not installed: "
                    + "'sudo apt-get install dataset-fashion-mnist' puts it in " + ImageDatasets.FASHION_DIR);
        }
        boolean quick = o.quick();
        long seed = o.seedOr(1);
        int depth = o.depthOr(quick ? 4 : 10);
        int width = o.widthOr(quick ? 32 : 128);
        int epochs = o.epochsOr(quick ? 3 : 3);
        int limit = quick ? 2000 : 10_000;
        TrainTest data = ImageDatasets.load("fashion-mnist", null, limit, false);
        List<String> activations = o.activation() != null ? List.of(o.activation())
                : List.of("sigmoid", "tanh", "relu");
        Map<String, String> inits = new LinkedHashMap<>();
        inits.put("zeros", "zeros");
        inits.put("small", "normal:std=0.01");
        inits.put("large", "normal:std=1");
        inits.put("xavier", "xavier-normal");
        inits.put("he", "he-normal");
        if (o.init() != null) {
            inits.put(o.init(), o.init());
        }
        List<RunSpec> specs = new ArrayList<>();
        for (String act : activations) {
            inits.forEach((label, spec) -> specs.add(RunSpec.of(act + ", " + label, o.newActivation(act), depth, width,
                    o.newInitializer(spec), epochs, seed).withOptimizer("momentum", 0.01).withBatchSize(64)
                    .withRecordEvery(50)));
        }
        Findings f = new Findings(this, o, console)
                .setting("data", "Fashion-MNIST, first " + data.train().size() + " training and " + data.test().size()
                        + " test images, pixels in [0, 1]")
                .setting("network", "784 → " + depth + " × " + width + " → 10, softmax cross-entropy")
                .setting("optimizer", "sgd with momentum 0.9, lr 0.01, batches of 64, " + epochs + " epochs")
                .setting("seed", seed);

        // 2. Run all combinations in parallel
        List<RunResult> runs = Experiments.trainAll(specs, data, console);

        // 3. Measure: final test accuracy per cell, and the per-layer gradient at initialization
        double[][] accuracy = new double[inits.size()][activations.size()];
        List<String> initNames = new ArrayList<>(inits.keySet());
        for (RunResult r : runs) {
            String[] parts = r.label().split(", ");
            accuracy[initNames.indexOf(parts[1])][activations.indexOf(parts[0])] = 100 * r.finalTestAccuracy();
            f.figure(r.label() + ": final test accuracy", r.finalTestAccuracy());
            double first = r.recorder().value(1, 1, Metric.GRAD_ACT_STD);
            double last = r.recorder().value(1, depth, Metric.GRAD_ACT_STD);
            f.figure(r.label() + ": " + Metric.GRAD_ACT_STD.label() + " at init, layer 1 / layer " + depth,
                    first / last);
            if (r.diverged()) {
                f.conclude("%s: %s", r.label(), r.history().divergence().get());
            }
        }
        for (String act : activations) {
            List<String> line = new ArrayList<>();
            for (String init : initNames) {
                line.add(String.format(Locale.ROOT,
                        "%s %.0f%%", init, accuracy[initNames.indexOf(init)][activations.indexOf(act)]));
            }
            f.conclude("%s, test accuracy after %d epoch(s): %s (10 classes: chance is 10%%)", act, epochs,
                    String.join(", ", line));
        }

        // 4. Plot
        f.plot(DistributionCharts.heatmap("Fashion-MNIST test accuracy (%) after " + epochs + " epoch(s)", "activation",
                activations, "init", initNames, accuracy, "0"), "accuracy_heatmap",
                "Final test accuracy per init × activation (10% is chance)");
        f.plot(LessonCharts.loss("Training loss on Fashion-MNIST", runs), "loss",
                "Mini-batch loss per step");
        f.plot(LessonCharts.perLayer("Back-propagated gradient per layer at initialization", "std of dL/da", true, runs,
                Metric.GRAD_ACT_STD, 1), "gradient_per_layer",
                "The signal dL/da per hidden layer on the first batch, every run (layer 1 = nearest the input)");
        f.plot(LessonCharts.perLayer("Activation std per layer at initialization", "std of a", true, runs,
                Metric.ACT_STD, 1), "activation_std_per_layer", "Activation std per hidden layer on the first batch");

        // the verdict the plots above show
        f.verdict("Fashion-MNIST: %s", RunOutcomes.summary(runs));

        // 5. Conclude
        return f.finish(QUESTION);
    }
}
