package comparison;

import java.awt.Color;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.data.ToyData;
import org.initlab.lesson.Experiments;
import org.initlab.lesson.Findings;
import org.initlab.lesson.Lesson;
import org.initlab.cli.LessonMain;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.initlab.lesson.RunResult;
import org.initlab.lesson.RunSpec;
import org.initlab.lesson.Spread;
import org.initlab.plot.CellGrid;

/**
 * Lesson 8 — which is better? The seed's comparison table of Xavier and He, measured: every initializer × activation ×
 * depth, trained with the same budget and several seeds. See {@code lessons/comparison/README.md}.
 */
public final class Comparison implements Lesson {
    /**
     * Runs this lesson: {@code java -cp target/initlab.jar comparison.Comparison [options]} or "Run" in an IDE
     * ({@code --help} lists the options).
     */
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
        int seeds = o.seedsOr(quick ? 1 : 3);
        int examples = quick ? 300 : 600;
        List<RunSpec> specs = new ArrayList<>();
        for (int depth : depths) {
            for (String init : inits) {
                for (String act : activations) {
                    specs.add(RunSpec.of(key(depth, init, act), o.newActivation(act), depth, width,
                            o.newInitializer(init), epochs, seed).withOptimizer("sgd", 0.05)
                            .withRecordEvery(1_000_000));
                }
            }
        }
        Findings f = new Findings(this, o, console)
                .setting("grid", inits.size() + " inits × " + activations.size() + " activations × depths " + depths
                        + " × " + seeds + " seed(s) = " + specs.size() * seeds + " runs")
                .setting("each run", "circles, width " + width + ", sgd lr 0.05, batches of 32, " + epochs + " epochs")
                .setting("seed",
                        seed + (seeds > 1 ? "–" + (seed + seeds - 1) + " (each seed: its own data, weights and "
                        + "shuffling)" : ""));
        console.printf(Locale.ROOT, "  training %d networks on %d core(s) ...%n", specs.size() * seeds,
                Runtime.getRuntime().availableProcessors());

        // 2. Run: all in parallel (each run is seeded, so the numbers do not depend on the number of threads)
        List<List<RunResult>> bySeed = Experiments.trainOverSeeds(specs, seeds,
                s -> ToyData.circles(examples, 0.05, s).split(0.25, s),
                new PrintStream(PrintStream.nullOutputStream()));

        // 3. Measure: each cell's final test accuracy over the seeds (median and range) and how often it diverged
        Map<String, List<RunResult>> cells = new LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            cells.put(specs.get(i).label(), bySeed.get(i));
        }
        // 4. Plot: every depth in one figure on one fixed scale (mean, and min–max over seeds, per cell);
        //    divergence on its own 0–100 % scale
        List<CellGrid.Panel> accuracyPanels = new ArrayList<>();
        List<CellGrid.Panel> divergedPanels = new ArrayList<>();
        for (int depth : depths) {
            double[][][] acc = new double[3][inits.size()][activations.size()];
            double[][] diverged = new double[inits.size()][activations.size()];
            for (int i = 0; i < inits.size(); i++) {
                for (int a = 0; a < activations.size(); a++) {
                    List<RunResult> c = cells.get(key(depth, inits.get(i), activations.get(a)));
                    Spread spread = Experiments.accuracy(c);
                    acc[0][i][a] = 100 * spread.median();
                    acc[1][i][a] = 100 * spread.min();
                    acc[2][i][a] = 100 * spread.max();
                    diverged[i][a] = 100.0 * c.stream().filter(RunResult::diverged).count() / c.size();
                }
            }
            accuracyPanels.add(new CellGrid.Panel(depth + " hidden layers", acc[0], acc[1], acc[2]));
            divergedPanels.add(new CellGrid.Panel(depth + " hidden layers", diverged, diverged, diverged));
        }
        String overSeeds = seeds > 1 ? "median over " + seeds + " seeds (small: min–max)" : "one seed";
        f.addPlot(CellGrid.save("Final test accuracy: init × activation", inits, activations, accuracyPanels,
                new CellGrid.Scale(50, 100, new Color(247, 247, 247), new Color(8, 69, 148), "%"),
                "Colour scale fixed at 50 % (chance, white) to 100 % for every depth; " + overSeeds + ".", o.folder(),
                "accuracy_overview"), "Final test accuracy of every init (rows) × activation (columns), one panel per "
                + "depth, " + overSeeds + ": dark cells train, white ones stay at (or below) chance; follow a row down "
                + "the depths to see which inits keep training as the network deepens");
        f.addPlot(CellGrid.save("Runs that diverged (NaN/∞)", inits, activations, divergedPanels,
                new CellGrid.Scale(0, 100, new Color(255, 255, 255), new Color(165, 15, 21), "%"),
                "0 % (white) to 100 % (dark red) of the runs in a cell hit NaN or ∞.", o.folder(), "diverged_overview"),
                "Share of the runs that diverged (NaN/∞), same layout on its own 0–100 % scale: white means no run "
                        + "of that cell diverged");
        List<String> fragile = new ArrayList<>();
        cells.forEach((k, runs) -> {
            Spread s = Experiments.accuracy(runs);
            if (s.min() < 0.6 && s.max() > 0.9) {
                fragile.add(k.substring("depth ".length()) + " " + s.percent());
            }
        });

        // 5. Conclude: the course material's table, with the measured evidence (median and range over seeds) beside
        //    each claim
        int deepest = depths.get(depths.size() - 1);
        List<String> table = new ArrayList<>();
        for (String act : activations) {
            Spread xavier = Experiments.accuracy(cells.get(key(deepest, "xavier-normal", act)));
            Spread he = Experiments.accuracy(cells.get(key(deepest, "he-normal", act)));
            f.spread("depth " + deepest + ", " + act + ": xavier-normal accuracy", xavier);
            f.spread("depth " + deepest + ", " + act + ": he-normal accuracy", he);
            // a winner must beat the other on every seed by at least 10 points: closer than that, the verdict flips
            // between seeds and between matrix backends (tanh at depth 20 did)
            String winner = he.min() > xavier.max() + MARGIN ? " → He on every seed"
                    : xavier.min() > he.max() + MARGIN ? " → Xavier on every seed" : " → no winner on every seed";
            table.add(act + ": Xavier " + xavier.percent() + ", He " + he.percent() + winner);
        }
        f.conclude("\"Best for activations\" at depth %d (median and range of the test accuracy): %s", deepest,
                String.join("; ", table));
        if (!fragile.isEmpty()) {
            f.conclude("fragile cells (some seeds below 60%%, others above 90%%: the median alone would mislead): %s",
                    String.join("; ", fragile));
        }
        for (String init : List.of("xavier-normal", "he-normal", "normal:std=1")) {
            long runs = 0;
            long diverged = 0;
            for (Map.Entry<String, List<RunResult>> e : cells.entrySet()) {
                if (e.getKey().contains(", " + init + ",")) {
                    runs += e.getValue().size();
                    diverged += e.getValue().stream().filter(RunResult::diverged).count();
                }
            }
            f.figure(init + ": share of runs that diverged", runs == 0 ? Double.NaN : (double) diverged / runs);
            f.conclude("\"Divergence risk\" of %s: %d of its %d runs diverged with this budget", init, diverged, runs);
        }
        // the average over activations, per seed, for every init: the best one leads only if it leads on every seed
        Map<String, Spread> average = new LinkedHashMap<>();
        for (String init : inits) {
            double[] perSeed = new double[seeds];
            for (String act : activations) {
                List<RunResult> c = cells.get(key(deepest, init, act));
                for (int s = 0; s < seeds; s++) {
                    perSeed[s] += c.get(s).finalTestAccuracy() / activations.size();
                }
            }
            average.put(init, new Spread(perSeed));
            f.spread("depth " + deepest + ": " + init + " mean accuracy over activations", average.get(init));
        }
        List<String> ranked = new ArrayList<>(inits);
        ranked.sort((x, y) -> Double.compare(average.get(y).median(), average.get(x).median()));
        String best = ranked.get(0);
        String second = ranked.size() > 1 ? ranked.get(1) : best;
        boolean leadsEverywhere = true;
        for (int s = 0; s < seeds; s++) {
            for (String other : inits) {
                leadsEverywhere &= other.equals(best)
                        || average.get(best).values()[s] > average.get(other).values()[s] + MARGIN;
            }
        }
        f.conclude(leadsEverywhere ? "best mean accuracy over the activations at depth %d, on every seed: %s %s "
                        + "(next: %s %s)"
                        : "no initializer leads on every seed by %d points over the activations at "
                        + "depth %d: %s %s and %s %s",
                leadsEverywhere ? new Object[] {deepest, best, average.get(best).percent(), second,
                    average.get(second).percent()}
                        : new Object[] {Math.round(100 * MARGIN), deepest, best, average.get(best).percent(), second,
                    average.get(second).percent()});
        f.verdict("Measured at depth %d (median test accuracy over %d seeds): %s; %s", deepest, seeds,
                String.join("; ", table), leadsEverywhere ? "best on average on every seed: " + best
                        : "no initializer leads on every seed");
        return f.finish(QUESTION);
    }

    /** How far (in accuracy) one scheme must lead on every seed before the lesson names a winner. */
    private static final double MARGIN = 0.10;

    private static String key(int depth, String init, String act) {
        return "depth " + depth + ", " + init + ", " + act;
    }
}
