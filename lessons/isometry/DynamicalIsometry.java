package isometry;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.activation.Activation;
import org.initlab.activation.Activations;
import org.initlab.data.TrainTest;
import org.initlab.diagnostics.InputOutputJacobian;
import org.initlab.init.Initializer;
import org.initlab.init.Initializers;
import org.initlab.init.Orthogonal;
import org.initlab.lesson.Experiments;
import org.initlab.lesson.Findings;
import org.initlab.lesson.Lesson;
import org.initlab.cli.LessonMain;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.initlab.lesson.RunResult;
import org.initlab.lesson.RunSpec;
import org.initlab.plot.ChartGrid;
import org.initlab.random.RandomStreams;
import org.initlab.report.JacobianOutputs;
import org.initlab.train.StepRecord;

/**
 * Lesson 11 — orthogonal initialization and dynamical isometry: does every direction of the input reach the output
 * with its length kept, and what does that buy in training? See {@code lessons/isometry/README.md}.
 */
public final class DynamicalIsometry implements Lesson {
    /**
     * Runs this lesson: {@code java -cp target/initlab.jar isometry.DynamicalIsometry [options]} or "Run" in an IDE
     * ({@code --help} lists the options).
     */
    public static void main(String[] args) {
        LessonMain.run(new DynamicalIsometry(), args);
    }

    static final String QUESTION = "When are all singular values of a deep network's input–output Jacobian close to 1, "
            + "and why does that let a deep linear network learn as fast as a shallow one?";
    /** The training loss (mean of 10 consecutive mini-batches) that counts as "learned" in Saxe's experiment. */
    static final double LEARNED_LOSS = 0.5;
    /** Spreads are drawn and reported up to this: beyond it the smallest singular values are lost in rounding. */
    static final double SPREAD_CAP = 1e12;
    /** The learning rates tried for each network of Saxe's experiment; the fastest counts, as in the paper. */
    static final List<Double> LEARNING_RATES = List.of(0.003, 0.01, 0.03, 0.1, 0.3);

    @Override
    public String name() {
        return "isometry";
    }

    @Override
    public String title() {
        return "Orthogonal init and dynamical isometry: the Jacobian's singular values";
    }

    /** One network configuration of the Jacobian study. */
    private record Config(String label, Activation activation, Initializer weights, double inputVariance) {
    }

    @Override
    public LessonResult run(LessonOptions o, PrintStream console) {
        // 1. Set up: six (activation, init) pairs; depths from 1 to 64
        boolean quick = o.quick();
        long seed = o.seedOr(1);
        int width = o.widthOr(quick ? 48 : 128);
        List<Integer> depths = o.depth() != null ? List.of(1, o.depth()) : quick ? List.of(2, 16)
                : List.of(1, 2, 4, 8, 16, 32, 64);
        int deepest = depths.get(depths.size() - 1);
        List<Config> configs = List.of(
                new Config("linear, orthogonal", Activations.byName("identity"), new Orthogonal(1), 1),
                new Config("linear, Gaussian 1/N (lecun-normal)", Activations.byName("identity"),
                        Initializers.byName("lecun-normal"), 1),
                new Config("relu, he-normal", Activations.byName("relu"), Initializers.byName("he-normal"), 1),
                new Config("relu, orthogonal gain √2", Activations.byName("relu"), new Orthogonal(Math.sqrt(2)), 1),
                new Config("tanh, orthogonal, small input", Activations.byName("tanh"), new Orthogonal(1), 0.01),
                new Config("tanh, lecun-normal, small input", Activations.byName("tanh"),
                        Initializers.byName("lecun-normal"), 0.01));
        int epochs = o.epochsOr(10);
        List<Integer> saxeDepths = quick ? List.of(1, 16) : List.of(1, 4, 16, 64);
        Findings f = new Findings(this, o, console)
                .setting("Jacobian", "square layers of " + width + " units, zero biases, depths " + depths
                        + "; input N(0, 1) (tanh: N(0, 0.01))")
                .setting("Saxe's experiment",
                        "linear networks on a linear teacher (16 inputs, 4 classes), width 16, sgd at the best of "
                        + LEARNING_RATES + ", batches of 32, " + epochs
                        + " epochs; learned = mean of 10 mini-batch losses below " + LEARNED_LOSS)
                .setting("seed", seed);

        // 2. Run, part 1: the Jacobian of every configuration at every depth
        Map<String, double[]> spread = new LinkedHashMap<>();
        Map<String, double[]> meanSquare = new LinkedHashMap<>();
        Map<String, double[]> deepestValues = new LinkedHashMap<>();
        Map<String, Double> lostShare = new LinkedHashMap<>();
        for (Config c : configs) {
            double[] s = new double[depths.size()];
            double[] m = new double[depths.size()];
            for (int i = 0; i < depths.size(); i++) {
                InputOutputJacobian.Result r = InputOutputJacobian.measure(c.activation(), c.weights(),
                        depths.get(i), width, c.inputVariance(), seed);
                s[i] = Math.min(r.middleSpread(), SPREAD_CAP);
                m[i] = r.meanSquare();
                if (i == depths.size() - 1) {
                    deepestValues.put(c.label(), r.singularValues());
                    lostShare.put(c.label(), r.lostShare());
                }
            }
            spread.put(c.label(), s);
            meanSquare.put(c.label(), m);
        }
        InputOutputJacobian.Result reluGainOne = InputOutputJacobian.measure(Activations.byName("relu"),
                new Orthogonal(1), deepest, width, 1, seed);

        // 3. Measure: spread and mean of squares at the deepest network; ReLU's gain; orthogonal as a projection
        f.conclude("at depth %d: orthogonal weights keep every singular value of a linear network at 1 (spread %.3g), "
                + "Gaussian ones lose %.0f%% of the directions, ReLU with He loses %.0f%%; "
                + "tanh with orthogonal weights near its critical point spreads only %.3g×", deepest,
                spread.get(configs.get(0).label())[depths.size() - 1],
                100 * lostShare.get(configs.get(1).label()), 100 * lostShare.get(configs.get(2).label()),
                spread.get(configs.get(4).label())[depths.size() - 1]);
        for (Config c : configs) {
            double s = spread.get(c.label())[depths.size() - 1];
            double m = meanSquare.get(c.label())[depths.size() - 1];
            double lost = f.figure(c.label() + ": share of directions lost at depth " + deepest,
                    lostShare.get(c.label()));
            f.figure(c.label() + ": spread p90/p10 at depth " + deepest + " (capped at 1e12)", s);
            f.figure(c.label() + ": mean squared singular value at depth " + deepest, m);
            f.conclude("%s, depth %d: the middle 80%% of the singular values spread over a factor %s, %.0f%% are lost "
                    + "(below 1e-10 × the largest; mean square %.3g)", c.label(), deepest,
                    s >= SPREAD_CAP ? "≥ 1e12" : String.format(Locale.ROOT, "%.3g", s), 100 * lost, m);
        }
        f.figure("relu, orthogonal gain 1: mean squared singular value at depth " + deepest, reluGainOne.meanSquare());
        f.conclude("ReLU with orthogonal weights of gain 1 loses half the squared length per layer: "
                + "mean square %.3g at depth %d (theory 2^-%d = %.3g); gain √2 restores it (%.3g), "
                + "but no gain removes the spread", reluGainOne.meanSquare(), deepest, deepest, Math.pow(0.5, deepest),
                meanSquare.get("relu, orthogonal gain √2")[depths.size() - 1]);
        double[] shrink = projectionRatios(64, 16, seed);
        double[] keep = projectionRatios(16, 64, seed);
        f.figure("orthogonal 64 → 16: mean |xW|/|x|", shrink[0]);
        f.figure("orthogonal 64 → 16: std of |xW|/|x|", shrink[1]);
        f.figure("orthogonal 16 → 64: largest deviation of |xW|/|x| from 1", keep[2]);
        f.conclude("orthogonal with fanIn > fanOut is a projection: a 64 → 16 layer keeps |xW|/|x| = %.3f on average "
                + "(√(16/64) = 0.5), varying by %.3f between inputs; 16 → 64 keeps every length "
                + "(largest deviation %.1e)", shrink[0], shrink[1], keep[2]);

        // 2'. Run, part 2: Saxe's deep linear networks, orthogonal against scaled Gaussian,
        //     each at its best learning rate
        TrainTest data = TeacherTask.make(800, 16, 4, seed).split(0.25, seed);
        List<RunSpec> specs = new ArrayList<>();
        for (int d : saxeDepths) {
            for (double lr : LEARNING_RATES) {
                specs.add(RunSpec.of("orthogonal, depth " + d + ", lr " + lr, Activations.byName("identity"), d, 16,
                        new Orthogonal(1), epochs, seed).withOptimizer("sgd", lr).withRecordEvery(1_000_000));
                specs.add(RunSpec.of("lecun-normal, depth " + d + ", lr " + lr, Activations.byName("identity"), d, 16,
                        Initializers.byName("lecun-normal"), epochs, seed).withOptimizer("sgd", lr)
                        .withRecordEvery(1_000_000));
            }
        }
        console.printf(Locale.ROOT,
                "  training %d deep linear networks (%d depths × %d learning rates × 2 inits) ...%n",
                specs.size(), saxeDepths.size(), LEARNING_RATES.size());
        List<RunResult> runs = Experiments.trainAll(specs, data, new PrintStream(PrintStream.nullOutputStream()));
        Map<String, double[]> learningTime = new LinkedHashMap<>();
        learningTime.put("orthogonal", new double[saxeDepths.size()]);
        learningTime.put("scaled Gaussian (lecun-normal)", new double[saxeDepths.size()]);
        int budget = epochs * ((data.train().size() + 31) / 32);
        for (double[] t : learningTime.values()) {
            Arrays.fill(t, budget);
        }
        for (int i = 0; i < runs.size(); i++) {
            int depthIndex = i / (2 * LEARNING_RATES.size());
            double[] times = learningTime.get(i % 2 == 0 ? "orthogonal" : "scaled Gaussian (lecun-normal)");
            times[depthIndex] = Math.min(times[depthIndex], stepsToLearn(runs.get(i), budget));
        }
        for (int i = 0; i < saxeDepths.size(); i++) {
            f.figure("orthogonal, depth " + saxeDepths.get(i) + ": steps to learn (best learning rate)",
                    learningTime.get("orthogonal")[i]);
            f.figure("lecun-normal, depth " + saxeDepths.get(i) + ": steps to learn (best learning rate)",
                    learningTime.get("scaled Gaussian (lecun-normal)")[i]);
        }
        f.conclude("deep linear networks (Saxe et al.), each at its best learning rate of %s: "
                + "steps to reach loss %.2f — orthogonal %s, scaled Gaussian %s "
                + "(depths %s; %d = not within the budget)", LEARNING_RATES, LEARNED_LOSS,
                Arrays.toString(learningTime.get("orthogonal")),
                Arrays.toString(learningTime.get("scaled Gaussian (lecun-normal)")), saxeDepths, budget);

        double[] orthogonalTimes = learningTime.get("orthogonal");
        double[] gaussianTimes = learningTime.get("scaled Gaussian (lecun-normal)");
        int last = saxeDepths.size() - 1;
        f.verdict("Only orthogonal weights keep a deep Jacobian near isometry: "
                + "at depth %d a linear network's singular values all stay 1 and tanh's (near its critical point) "
                + "spread %.3g×, while Gaussian weights lose %.0f%% of the "
                + "directions and ReLU %.0f–%.0f%% with any init; so a deep linear network with "
                + "orthogonal weights learns in %.0f steps at depth %d (%.0f at depth %d), "
                + "with scaled Gaussian weights in %s", deepest,
                spread.get(configs.get(4).label())[depths.size() - 1], 100 * lostShare.get(configs.get(1).label()),
                100 * Math.min(lostShare.get(configs.get(2).label()), lostShare.get(configs.get(3).label())),
                100 * Math.max(lostShare.get(configs.get(2).label()), lostShare.get(configs.get(3).label())),
                orthogonalTimes[last], saxeDepths.get(last), orthogonalTimes[0], saxeDepths.get(0),
                gaussianTimes[last] >= budget ? String.format(Locale.ROOT, "more than the %d steps of the budget at "
                        + "depth %d (%.0f at depth %d)", budget, saxeDepths.get(last), gaussianTimes[0],
                        saxeDepths.get(0))
                        : String.format(Locale.ROOT, "%.0f at depth %d (%.0f at depth %d)", gaussianTimes[last],
                        saxeDepths.get(last), gaussianTimes[0], saxeDepths.get(0)));

        // 4. Plot
        f.addPlot(ChartGrid.saveSpecs(JacobianOutputs.histogramPanels(deepestValues), 2, o.folder(), "singular_values"),
                "Histograms of the Jacobian's singular values at depth " + deepest + ", width " + width
                        + ", over log₁₀ of the value (isometry is one spike at 0, a singular value of 1; "
                        + "'lost': below 10⁻¹⁰ × the largest, "
                        + "zero up to rounding, not drawn); each panel has its own y scale");
        f.plot(IsometryCharts.versusDepth("Spread of the singular values (90th / 10th percentile)", "p90 / p10",
                depths, spread, "drawn at 10¹² when larger: the 10th percentile is 0 up to rounding "
                        + "(ReLU from depth 1); tanh with a small input lies on the linear network of the same init"),
                "spread_vs_depth", "Spread of the middle 80% of the singular values against depth "
                        + "(1 is dynamical isometry; drawn at most 10¹²: beyond it the small ones are 0 "
                        + "up to rounding)");
        f.plot(IsometryCharts.versusDepth("Mean squared singular value", "(1/N)·tr(JᵀJ)", depths, meanSquare, null),
                "mean_square_vs_depth", "Mean squared singular value against depth: χ^depth of lesson 4");
        f.plot(IsometryCharts.versusDepth("Deep linear networks: steps to learn (Saxe et al. 2013)",
                "steps to loss " + LEARNED_LOSS, saxeDepths, learningTime,
                budget + " steps = not learned within the budget"), "learning_time",
                "Training steps until the loss falls below " + LEARNED_LOSS + " against depth (" + budget
                        + " = not learned in the budget)");

        // 5. Conclude
        return f.finish(QUESTION);
    }

    /**
     * The first step at which the mean of the last 10 mini-batch losses is below {@link #LEARNED_LOSS}; {@code budget}
     * when that never happens (also when the run diverged).
     */
    static double stepsToLearn(RunResult run, int budget) {
        List<StepRecord> steps = run.history().steps();
        double sum = 0;
        for (int i = 0; i < steps.size(); i++) {
            sum += steps.get(i).loss();
            if (i >= 10) {
                sum -= steps.get(i - 10).loss();
            }
            if (i >= 9 && sum / 10 < LEARNED_LOSS) {
                return steps.get(i).step();
            }
        }
        return budget;
    }

    /** Mean and std of |x·W|/|x| over 200 Gaussian inputs, and its largest deviation from 1, for orthogonal W. */
    static double[] projectionRatios(int fanIn, int fanOut, long seed) {
        double[] w = new double[fanIn * fanOut];
        new Orthogonal(1).fill(w, fanIn, fanOut, RandomStreams.of(seed, "projection"));
        var r = RandomStreams.of(seed, "projection inputs");
        int n = 200;
        double sum = 0;
        double sumSquares = 0;
        double deviation = 0;
        for (int k = 0; k < n; k++) {
            double[] x = new double[fanIn];
            double xx = 0;
            for (int i = 0; i < fanIn; i++) {
                x[i] = r.nextGaussian();
                xx += x[i] * x[i];
            }
            double yy = 0;
            for (int j = 0; j < fanOut; j++) {
                double y = 0;
                for (int i = 0; i < fanIn; i++) {
                    y += x[i] * w[i * fanOut + j];
                }
                yy += y * y;
            }
            double ratio = Math.sqrt(yy / xx);
            sum += ratio;
            sumSquares += ratio * ratio;
            deviation = Math.max(deviation, Math.abs(ratio - 1));
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt(Math.max(0, sumSquares / n - mean * mean)), deviation};
    }
}
