package edgeofchaos;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.activation.Activation;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.init.Normal;
import org.initlab.init.VarianceScaling;
import org.initlab.init.FanMode;
import org.initlab.init.WeightDistribution;
import org.initlab.lesson.Experiments;
import org.initlab.lesson.Findings;
import org.initlab.lesson.Lesson;
import org.initlab.cli.LessonMain;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.initlab.lesson.RunResult;
import org.initlab.lesson.RunSpec;
import org.initlab.plot.ChartGrid;
import org.initlab.plot.ChartSpec;
import org.initlab.plot.LayerCharts;
import org.initlab.theory.MeanField;

/**
 * Lesson 10 — the edge of chaos: which weight and bias variances let a signal, and the difference between two
 * signals, survive many layers? See {@code lessons/edgeofchaos/README.md}.
 */
public final class EdgeOfChaos implements Lesson {
    /**
     * Runs this lesson: {@code java -cp target/initlab.jar edgeofchaos.EdgeOfChaos [options]} or "Run" in an IDE
     * ({@code --help} lists the options).
     */
    public static void main(String[] args) {
        LessonMain.run(new EdgeOfChaos(), args);
    }

    static final String QUESTION = "Which weight and bias variances let information about the input survive many "
            + "layers, and why do Xavier, He and the 5/3 gain sit where they do?";

    @Override
    public String name() {
        return "edgeofchaos";
    }

    @Override
    public String title() {
        return "The edge of chaos: ordered and chaotic phases, depth scales, trainability";
    }

    @Override
    public LessonResult run(LessonOptions o, PrintStream console) {
        // 1. Set up: tanh with σ_b² = 0.05 (Schoenholz et al.'s setting); an ordered, the critical and a chaotic σ_w²
        boolean quick = o.quick();
        long seed = o.seedOr(1);
        String act = o.activationOr("tanh");
        Activation phi = o.newActivation(act);
        double biasVariance = 0.05;
        int depth = o.depthOr(quick ? 15 : 30);
        int width = o.widthOr(quick ? 200 : 300);
        int epochs = o.epochsOr(10);
        double critical = MeanField.criticalWeightVariance(phi, biasVariance, 0.1, 10, 1e-6);
        Findings f = new Findings(this, o, console)
                .setting("theory", act + ", σ_b² = " + biasVariance + ", σ_w² from 0.1 to 10")
                .setting("correlation probe",
                        "two inputs with correlation 0.5 (and 0.99), " + depth + " layers × " + width
                        + " units, 2 networks each")
                .setting("trainability map",
                        "circles, width 32, sgd lr 0.05, batches of 32, " + epochs + " epochs per cell")
                .setting("seed", seed);
        if (Double.isNaN(critical)) {
            throw new IllegalArgumentException("edgeofchaos: " + act + " has no critical σ_w² between "
                    + "0.1 and 10 at σ_b² = " + biasVariance + " (χ₁ never reaches 1); try tanh, relu, elu or selu");
        }
        f.figure("critical σ_w² at σ_b² = 0.05", critical);
        Map<String, MeanField> settings = new LinkedHashMap<>();
        settings.put(String.format(Locale.ROOT, "σ_w² = %.2f (ordered)", critical / 1.75),
                new MeanField(phi, critical / 1.75, biasVariance));
        settings.put(String.format(Locale.ROOT, "σ_w² = %.2f (critical)", critical),
                new MeanField(phi, critical, biasVariance));
        settings.put(String.format(Locale.ROOT, "σ_w² = %.2f (chaotic)", critical * 2.25),
                new MeanField(phi, critical * 2.25, biasVariance));

        // 2. Run: propagate two inputs through random networks, and train a grid of (σ_w², depth)
        Map<String, double[]> measured = new LinkedHashMap<>();
        Map<String, double[]> predicted = new LinkedHashMap<>();
        for (Map.Entry<String, MeanField> e : settings.entrySet()) {
            MeanField m = e.getValue();
            double q0 = Double.isFinite(m.fixedLength()) && m.fixedLength() > 0 ? m.fixedLength() : 1;
            for (double c0 : new double[] {0.5, 0.99}) {
                String label = e.getKey() + ", c₀ = " + c0;
                measured.put(label, tail(CorrelationProbe.measure(phi, m.weightVariance(), biasVariance, depth,
                        width, q0, c0, 2, seed)));
                predicted.put(label + " (theory)", tail(m.propagatePair(q0, c0, depth)[1]));
            }
        }
        List<Double> sigmas = quick ? List.of(0.5, critical, 6.0) : List.of(0.25, 0.5, 1.0, critical, 3.0, 6.0, 9.0);
        List<Integer> depths = quick ? List.of(3, 12) : List.of(4, 10, 20, 40);
        TrainTest data = ToyData.circles(600, 0.05, seed).split(0.25, seed);
        List<RunSpec> specs = new ArrayList<>();
        for (double w : sigmas) {
            for (int d : depths) {
                specs.add(RunSpec.of(String.format(Locale.ROOT, "σ_w² %.2f, depth %d", w, d), phi, d, 32,
                        new VarianceScaling(w, FanMode.FAN_IN, WeightDistribution.NORMAL), epochs, seed)
                        .withBiases(new Normal(0, Math.sqrt(biasVariance))).withOptimizer("sgd", 0.05)
                        .withRecordEvery(1_000_000));
            }
        }
        console.printf(Locale.ROOT,
                "  training %d networks (%d weight variances × %d depths) ...%n", specs.size(), sigmas.size(),
                depths.size());
        List<RunResult> runs = Experiments.trainAll(specs, data, new PrintStream(PrintStream.nullOutputStream()));

        // 3. Measure: final correlations against the theory; accuracy of each cell against 6·ξ_c
        MeanField chaotic = settings.values().stream().reduce((a, b) -> b).orElseThrow();
        f.conclude("the critical σ_w² of %s at σ_b² = 0.05 is %.4f: below it correlations converge "
                + "to 1 (ordered), above it %s; only near it does ξ_c, and with it the trainable "
                + "depth, grow without bound", act, critical,
                chaotic.fixedCorrelation() < 1 ? "they fall to c* < 1 (chaotic)"
                        : "lengths grow without bound (q* = ∞) while correlations still creep towards 1");
        for (Map.Entry<String, MeanField> e : settings.entrySet()) {
            MeanField m = e.getValue();
            String label = e.getKey() + ", c₀ = 0.5";
            double last = measured.get(label)[depth - 1];
            double theory = predicted.get(label + " (theory)")[depth - 1];
            f.figure(e.getKey() + ": χ₁", m.chi1());
            f.figure(e.getKey() + ": ξ_c (layers)", m.correlationDepthScale());
            f.figure(e.getKey() + ": c* (theory)", m.fixedCorrelation());
            f.figure(e.getKey() + ": correlation at layer " + depth + " (measured)", last);
            f.figure(e.getKey() + ": correlation at layer " + depth + " (theory)", theory);
            f.conclude("%s: χ₁ = %.3f, ξ_c = %s; two inputs with correlation 0.5 end at %.3f after %d layers "
                    + "(theory %.3f, fixed point c* = %.3f)", e.getKey(), m.chi1(),
                    layers(m.correlationDepthScale()), last, depth, theory, m.fixedCorrelation());
        }
        List<double[]> cells = new ArrayList<>();
        int agree = 0;
        for (int i = 0; i < runs.size(); i++) {
            double w = sigmas.get(i / depths.size());
            int d = depths.get(i % depths.size());
            double accuracy = runs.get(i).diverged() ? 0.5 : runs.get(i).finalTestAccuracy();
            cells.add(new double[] {w, d, accuracy});
            double sixXi = 6 * new MeanField(phi, w, biasVariance).correlationDepthScale();
            f.figure(runs.get(i).label() + ": test accuracy", accuracy);
            agree += (accuracy >= 0.75) == (d <= sixXi) ? 1 : 0;
        }
        f.figure("cells where 6·ξ_c predicts the outcome (accuracy ≥ 75% iff depth ≤ 6·ξ_c)",
                (double) agree / runs.size());
        f.conclude("trainability: in %d of %d cells, 'depth ≤ 6·ξ_c' predicted whether the network "
                + "reached 75%% test accuracy", agree, runs.size());
        Map<String, double[]> points = new LinkedHashMap<>();
        points.put("Xavier / LeCun, square layers (σ_w² = 1)", new double[] {1, 0});
        points.put("He (σ_w² = 2)", new double[] {2, 0});
        points.put("gain 5/3 (σ_w² = 25/9)", new double[] {25.0 / 9, 0});
        List<String> placed = new ArrayList<>();
        for (Map.Entry<String, double[]> p : points.entrySet()) {
            MeanField m = new MeanField(phi, p.getValue()[0], 0);
            f.figure(p.getKey() + ", σ_b² = 0: χ₁", m.chi1());
            f.conclude("%s with zero biases: χ₁ = %.3f (%s), ξ_c = %s", p.getKey(), m.chi1(), m.phase(),
                    layers(m.correlationDepthScale()));
            placed.add(String.format(Locale.ROOT, "%s is %s (χ₁ = %.2f)", p.getKey(), m.phase(), m.chi1()));
        }
        f.verdict("Only near the critical line (%s at σ_b² = 0.05: σ_w² = %.3f, χ₁ = 1) does ξ_c, "
                + "and with it the trainable depth, grow without bound: ordered below it, chaotic above; "
                + "'depth ≤ 6·ξ_c' predicted %d of %d trained networks; with zero biases %s", act, critical, agree,
                runs.size(), String.join(", ", placed));

        // 4. Plot
        List<ChartSpec> perStart = new ArrayList<>();
        for (double c0 : new double[] {0.5, 0.99}) {
            Map<String, double[]> m = new LinkedHashMap<>();
            Map<String, double[]> p = new LinkedHashMap<>();
            String suffix = ", c₀ = " + c0;
            measured.forEach((k, v) -> {
                if (k.endsWith(suffix)) {
                    m.put(k.substring(0, k.length() - suffix.length()), v);
                    p.put(k.substring(0, k.length() - suffix.length()) + " (theory)", predicted.get(k + " (theory)"));
                }
            });
            perStart.add(LayerCharts.versusLayerSpec("Two inputs starting at correlation " + c0 + " ("
                    + act + ", σ_b² = " + biasVariance + ")", "correlation c", false, m, p).yRange(0.0, 1.0)
                    .size(900, 400));
        }
        f.addPlot(ChartGrid.saveSpecs(perStart, 1, o.folder(), "correlation_vs_layer"),
                "Correlation of two inputs per layer, starting at 0.5 (top) and 0.99 (bottom): dots measured (width "
                        + width + ", mean of 2 networks), dashed the c-map; ordered networks pull every pair to 1, "
                        + "chaotic ones to c* < 1");
        f.plot(EdgeCharts.correlationMap("The correlation map C(c) of " + act + ", σ_b² = 0.05", settings),
                "correlation_map",
                "The correlation map: where a curve crosses the diagonal is c*; its slope at c = 1 is χ₁");
        double[] biases = quick ? new double[] {0, 0.05, 0.2} : new double[] {0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3};
        double[] line = new double[biases.length];
        for (int i = 0; i < biases.length; i++) {
            line[i] = MeanField.criticalWeightVariance(phi, biases[i], 0.1, 10, 1e-4);
        }
        f.plot(EdgeCharts.phaseDiagram(act, biases, line, points), "phase_diagram",
                "The critical line in the (σ_w², σ_b²) plane, with common initializations as points (zero biases)");
        int n = 60;
        double[] grid = new double[n];
        double[] sixXi = new double[n];
        for (int i = 0; i < n; i++) {
            grid[i] = 0.1 + (sigmas.get(sigmas.size() - 1) + 0.5 - 0.1) * i / (n - 1);
            sixXi[i] = 6 * new MeanField(phi, grid[i], biasVariance).correlationDepthScale();
        }
        f.plot(EdgeCharts.trainability("Trainability after " + epochs + " epochs (" + act + ", σ_b² = 0.05, circles)",
                cells, grid, sixXi, depths.get(depths.size() - 1)), "trainability",
                "Each square a network trained with the same budget; the line is the theory's 6·ξ_c");

        // 5. Conclude
        return f.finish(QUESTION);
    }

    /** A depth scale in words: "12.1 layers", or "unbounded" where it is infinite (exactly critical). */
    private static String layers(double xi) {
        return Double.isInfinite(xi) ? "unbounded" : String.format(Locale.ROOT, "%.3g layers", xi);
    }

    /** Layers 1..depth of a per-layer array whose element 0 is the input. */
    private static double[] tail(double[] withInput) {
        return Arrays.copyOfRange(withInput, 1, withInput.length);
    }
}
