package comparison;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.activation.Activations;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.init.Initializers;
import org.initlab.lesson.Experiments;
import org.initlab.lesson.Findings;
import org.initlab.lesson.Lesson;
import org.initlab.lesson.LessonMain;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.initlab.lesson.RunResult;
import org.initlab.lesson.RunSpec;
import org.initlab.plot.DistributionCharts;

/**
 * Lesson 8 — which is better? The seed's comparison table of Xavier and He, measured: every initializer × activation ×
 * depth, trained with the same budget and several seeds. See {@code lessons/comparison/README.md}.
 */
public final class Comparison implements Lesson {
    /** Runs this lesson: {@code java -cp target/initlab.jar comparison.Comparison [options]} or "Run" in an IDE ({@code --help} lists the options). */
    public static void main(String[] args) {
        LessonMain.run(new Comparison(), args);
    }

    static final String QUESTION = "Which initializer suits which activation, and does the seed's comparison table "
            + "(Xavier for sigmoid/tanh, He for ReLU, divergence risk low for both) hold up when measured?";

    @Override
    public String name() {
        return "comparison";
    }

    @Override
    public String title() {
        return "Which is better? Every initializer × activation × depth, measured";
    }

    @Override
    public LessonResult run(LessonOptions o, PrintStream console) {
        // 1. Set up the grid
        boolean quick = o.quick();
        long seed = o.seedOr(1);
        int width = o.widthOr(quick ? 16 : 32);
        int epochs = o.epochsOr(quick ? 6 : 15);
        List<Integer> depths = o.depth() != null ? List.of(o.depth()) : quick ? List.of(2, 6) : List.of(3, 10, 20);
        List<String> activations = o.activation() != null ? List.of(o.activation())
                : List.of("sigmoid", "tanh", "relu", "leaky-relu", "elu");
        List<String> inits = o.init() != null ? List.of(o.init()) : List.of("zeros", "normal:std=0.01", "normal:std=1",
                "xavier-normal", "he-normal", "lecun-normal", "orthogonal", "lsuv");
        int seeds = quick ? 1 : 3;
        TrainTest data = ToyData.circles(quick ? 300 : 600, 0.05, seed).split(0.25, seed);
        List<RunSpec> specs = new ArrayList<>();
        for (int depth : depths) {
            for (String init : inits) {
                for (String act : activations) {
                    for (int s = 0; s < seeds; s++) {
                        specs.add(RunSpec.of(key(depth, init, act) + " #" + (seed + s), Activations.byName(act), depth,
                                width, Initializers.byName(init), epochs, seed + s)
                                .withOptimizer("sgd", 0.05).withRecordEvery(1_000_000));
                    }
                }
            }
        }
        Findings f = new Findings(this, o, console)
                .setting("grid", inits.size() + " inits × " + activations.size() + " activations × depths " + depths
                        + " × " + seeds + " seed(s) = " + specs.size() + " runs")
                .setting("each run", "circles, width " + width + ", sgd lr 0.05, batches of 32, " + epochs + " epochs")
                .setting("seed", seed);
        console.printf("  training %d networks on %d core(s) ...%n", specs.size(), Runtime.getRuntime().availableProcessors());

        // 2. Run: all in parallel (each run is seeded, so the numbers do not depend on the number of threads)
        List<RunResult> runs = Experiments.trainAll(specs, data, new PrintStream(PrintStream.nullOutputStream()));

        // 3. Measure: mean final test accuracy and how often each cell diverged
        Map<String, double[]> cells = new LinkedHashMap<>();
        for (RunResult r : runs) {
            String k = r.label().substring(0, r.label().lastIndexOf(" #"));
            double[] c = cells.computeIfAbsent(k, x -> new double[3]);
            c[0] += r.finalTestAccuracy();
            c[1] += r.diverged() ? 1 : 0;
            c[2] += 1;
        }
        for (int depth : depths) {
            double[][] accuracy = new double[inits.size()][activations.size()];
            double[][] diverged = new double[inits.size()][activations.size()];
            for (int i = 0; i < inits.size(); i++) {
                for (int a = 0; a < activations.size(); a++) {
                    double[] c = cells.get(key(depth, inits.get(i), activations.get(a)));
                    accuracy[i][a] = 100 * c[0] / c[2];
                    diverged[i][a] = 100 * c[1] / c[2];
                }
            }
            f.plot(DistributionCharts.heatmap("Mean test accuracy (%), depth " + depth, "activation", activations, "init",
                    inits, accuracy, "0"), "accuracy_depth" + depth,
                    "Mean final test accuracy (%) over seeds at depth " + depth + " (50% is chance)");
            f.plot(DistributionCharts.heatmap("Runs that diverged (%), depth " + depth, "activation", activations, "init",
                    inits, diverged, "0"), "diverged_depth" + depth,
                    "Share of runs that hit NaN/Inf at depth " + depth);
        }

        // 4. Conclude: the seed's table, with the measured evidence beside each claim
        int deepest = depths.get(depths.size() - 1);
        List<String> table = new ArrayList<>();
        for (String act : activations) {
            double xavier = mean(cells, deepest, "xavier-normal", act);
            double he = mean(cells, deepest, "he-normal", act);
            f.figure("depth " + deepest + ", " + act + ": xavier-normal accuracy", xavier);
            f.figure("depth " + deepest + ", " + act + ": he-normal accuracy", he);
            table.add(String.format(Locale.ROOT, "%s: Xavier %.0f%%, He %.0f%%", act, 100 * xavier, 100 * he));
        }
        f.conclude("\"Best for activations\" at depth %d (mean test accuracy): %s", deepest, String.join("; ", table));
        for (String init : List.of("xavier-normal", "he-normal", "normal:std=1")) {
            double share = divergedShare(cells, init);
            f.figure(init + ": share of runs that diverged", share);
            f.conclude("\"Divergence risk\" of %s: %.0f%% of its %d runs diverged with this budget", init, 100 * share,
                    count(cells, init));
        }
        String best = null;
        double bestAccuracy = -1;
        for (String init : inits) {
            double m = 0;
            int n = 0;
            for (String act : activations) {
                m += mean(cells, deepest, init, act);
                n++;
            }
            f.figure("depth " + deepest + ": " + init + " mean accuracy over activations", m / n);
            if (m / n > bestAccuracy) {
                bestAccuracy = m / n;
                best = init;
            }
        }
        f.conclude("best initializer on average over the activations at depth %d: %s (%.0f%%)", deepest, best,
                100 * bestAccuracy);
        return f.finish(QUESTION);
    }

    private static String key(int depth, String init, String act) {
        return "depth " + depth + ", " + init + ", " + act;
    }

    private static double mean(Map<String, double[]> cells, int depth, String init, String act) {
        double[] c = cells.get(key(depth, init, act));
        return c == null ? Double.NaN : c[0] / c[2];
    }

    private static double divergedShare(Map<String, double[]> cells, String init) {
        double d = 0;
        double n = 0;
        for (Map.Entry<String, double[]> e : cells.entrySet()) {
            if (e.getKey().contains(", " + init + ",")) {
                d += e.getValue()[1];
                n += e.getValue()[2];
            }
        }
        return n == 0 ? Double.NaN : d / n;
    }

    private static int count(Map<String, double[]> cells, String init) {
        int n = 0;
        for (Map.Entry<String, double[]> e : cells.entrySet()) {
            if (e.getKey().contains(", " + init + ",")) {
                n += (int) e.getValue()[2];
            }
        }
        return n;
    }
}
