package constantinit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.initlab.activation.Activation;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.diagnostics.Metric;
import org.initlab.init.Constant;
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

/**
 * Lesson 3 — the same non-zero constant: is a non-zero start enough, as long as every weight has the same value?
 * See {@code lessons/constantinit/README.md}.
 */
public final class ConstantInit implements Lesson {
    /**
     * Runs this lesson: {@code java -cp target/initlab.jar constantinit.ConstantInit [options]} or "Run" in an IDE
     * ({@code --help} lists the options).
     */
    public static void main(String[] args) {
        LessonMain.run(new ConstantInit(), args);
    }

    static final String QUESTION = "If every weight starts at the same non-zero value, can the network still learn?";

    @Override
    public String name() {
        return "constantinit";
    }

    @Override
    public String title() {
        return "The same non-zero constant: identical units stay identical";
    }

    /** A constant plus a little Gaussian noise: how a student writes an initializer of their own. */
    record ConstantPlusNoise(double value, double noiseStd) implements Initializer {
        @Override
        public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
            for (int i = 0; i < fanIn * fanOut; i++) {
                weights[i] = value + noiseStd * random.nextGaussian();
            }
        }

        @Override
        public String name() {
            return "constant+noise";
        }

        @Override
        public String describe() {
            return value + " + N(0, std²) with std = " + noiseStd;
        }
    }

    @Override
    public LessonResult run(LessonOptions o, PrintStream console) {
        // 1. Set up: the constant is Xavier's std for the hidden layers, so the random run has the same scale
        boolean quick = o.quick();
        long seed = o.seedOr(1);
        int depth = o.depthOr(quick ? 2 : 4);
        int width = o.widthOr(quick ? 16 : 32);
        int epochs = o.epochsOr(quick ? 40 : 60);
        Activation phi = o.newActivation(o.activationOr("tanh"));
        double c = 1 / Math.sqrt(width);
        Initializer constant = o.init() != null ? o.newInitializer(o.init()) : new Constant(c);
        TrainTest data = ToyData.circles(quick ? 300 : 1000, 0.05, seed).split(0.25, seed);
        double[] noiseLevels = {1e-4, 1e-2, c};
        List<RunSpec> specs = new ArrayList<>();
        specs.add(RunSpec.of("constant " + String.format(Locale.ROOT,
                "%.3g", c), phi, depth, width, constant, epochs, seed));
        for (double noise : noiseLevels) {
            specs.add(RunSpec.of(String.format(Locale.ROOT, "constant + noise std %.3g", noise), phi, depth, width,
                    new ConstantPlusNoise(c, noise), epochs, seed));
        }
        specs.add(RunSpec.of("normal, std " + String.format(Locale.ROOT,
                "%.3g", c) + " (same scale)", phi, depth, width,
                new Normal(0, c), epochs, seed));
        specs.replaceAll(s -> s.withOptimizer("adam", 0.01));
        Findings f = new Findings(this, o, console)
                .setting("data", "circles, " + data.train().size() + " train / " + data.test().size() + " test")
                .setting("network", "2 → " + depth + " × " + width + " " + phi.name() + " → 1")
                .setting("constant", c + " = 1/√width (Xavier's std for a width×width layer)")
                .setting("optimizer", "adam lr 0.01, batches of 32").setting("epochs", epochs).setting("seed", seed);

        // 2. Run
        List<RunResult> runs = Experiments.trainAll(specs, data, console);

        // 3. Measure: how many different directions the units of each hidden layer span at the end (the rank of
        //    the layer's weights; 1 = every unit alike), and the loss each run reaches
        for (RunResult r : runs) {
            int most = 0;
            int fewest = Integer.MAX_VALUE;
            for (int l = 1; l <= depth; l++) {
                int d = (int) r.recorder().value(r.recorder().lastStep(), l, Metric.DIRECTIONS);
                most = Math.max(most, d);
                fewest = Math.min(fewest, d);
            }
            f.figure(r.label() + ": fewest " + Metric.DIRECTIONS.label() + " in a hidden layer at the end", fewest);
            f.figure(r.label() + ": most " + Metric.DIRECTIONS.label() + " in a hidden layer at the end", most);
            f.figure(r.label() + ": final training loss", r.finalTrainLoss());
            f.figure(r.label() + ": final test accuracy", r.finalTestAccuracy());
        }
        RunResult constantRun = runs.get(0);
        RunResult random = runs.get(runs.size() - 1);
        f.conclude("constant init: after %d steps the units of every hidden layer span %d "
                        + "direction(s) of %d: the network computes what a 1-unit-wide network computes, "
                        + "and its loss plateaus at %.3g (random init: %.3g)",
                constantRun.history().steps().size(),
                (int) f.figure("constant: most " + Metric.DIRECTIONS.label(), maxDistinct(constantRun, depth)), width,
                constantRun.finalTrainLoss(), random.finalTrainLoss());
        for (RunResult noisy : runs.subList(1, runs.size() - 1)) {
            double cosine = noisy.recorder().value(noisy.recorder().lastStep(), 1, Metric.MEAN_COSINE);
            f.figure(noisy.label() + ": " + Metric.MEAN_COSINE.label() + " of layer-1 units at the end", cosine);
            int layer = Math.min(2, depth);
            int before = (int) noisy.recorder().value(1, layer, Metric.DIRECTIONS);
            int after = (int) noisy.recorder().value(noisy.recorder().lastStep(), layer, Metric.DIRECTIONS);
            String directions = noisy.label() + ": " + Metric.DIRECTIONS.label() + " in hidden layer " + layer;
            f.figure(directions + " at the start", before);
            f.figure(directions + " at the end", after);
            f.conclude("%s: hidden layer " + layer + "'s %d units span %d direction(s) at the start and %d at "
                            + "the end; the units of layer 1 %s (mean cosine %.3f); test accuracy %.1f%% "
                            + "(constant: %.1f%%, random: %.1f%%)",
                    noisy.label(), width, before, after,
                    cosine > 0.95 ? "still point the same way" : "have spread apart", cosine,
                    100 * noisy.finalTestAccuracy(), 100 * constantRun.finalTestAccuracy(),
                    100 * random.finalTestAccuracy());
        }
        f.figure("random: " + Metric.MEAN_COSINE.label() + " of layer-1 units at the end",
                random.recorder().value(random.recorder().lastStep(), 1, Metric.MEAN_COSINE));

        // 4. Plot
        f.plot(LessonCharts.loss("Constant init: the loss plateaus above random init", runs), "loss",
                "Mini-batch loss per step");
        f.plot(LessonCharts.overTime("Directions among the units of hidden layer 2", Metric.DIRECTIONS.label(), false,
                runs, Metric.DIRECTIONS, Math.min(2, depth), Math::max), "directions",
                "How many different directions the units of hidden layer 2 span "
                + "(the rank of its weights) over training");
        f.plot(LessonCharts.overTime("Mean cosine similarity of units, hidden layer 1", "mean pairwise cosine", false,
                runs, Metric.MEAN_COSINE, 1, Math::max), "cosine",
                "How alike the units' weight vectors are (1 = identical directions)");
        f.plot(LessonCharts.accuracy("Test accuracy", runs), "accuracy", "Test accuracy per epoch");

        // the verdict the plots above show
        f.verdict("Only as far as one unit per layer can: its units stay copies of each other unless "
                + "noise breaks the tie; %s", RunOutcomes.summary(runs));

        // 5. Conclude
        return f.finish(QUESTION);
    }

    private static double maxDistinct(RunResult r, int depth) {
        double most = 0;
        for (int l = 1; l <= depth; l++) {
            most = Math.max(most, r.recorder().value(r.recorder().lastStep(), l, Metric.DIRECTIONS));
        }
        return most;
    }
}
