package distributions;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.initlab.init.Initializer;
import org.initlab.lesson.Findings;
import org.initlab.lesson.Lesson;
import org.initlab.cli.LessonMain;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.initlab.plot.ChartGrid;
import org.initlab.plot.ChartRenderer;
import org.initlab.plot.ChartSpec;
import org.initlab.plot.DistributionCharts;
import org.initlab.plot.VisualStyle;
import org.initlab.random.RandomStreams;
import org.initlab.theory.WeightDensity;
import org.knowm.xchart.XYChart;

/**
 * Lesson 1 — weight distributions: what does each scheme's weight matrix look like for one layer shape?
 * See {@code lessons/distributions/README.md}.
 */
public final class Distributions implements Lesson {
    /**
     * Runs this lesson: {@code java -cp target/initlab.jar distributions.Distributions [options]} or "Run" in an IDE
     * ({@code --help} lists the options).
     */
    public static void main(String[] args) {
        LessonMain.run(new Distributions(), args);
    }

    static final String QUESTION = "What do the weights of each initialization scheme look like for one layer, "
            + "and which numbers (std, bound, fan) tell them apart?";

    @Override
    public String name() {
        return "distributions";
    }

    @Override
    public String title() {
        return "Weight distributions: what each scheme draws";
    }

    @Override
    public LessonResult run(LessonOptions o, PrintStream console) {
        // 1. Set up: one layer shape and the schemes to compare
        long seed = o.seedOr(1);
        int fanIn = o.widthOr(o.quick() ? 64 : 256);
        int fanOut = Math.max(1, fanIn / 2);
        Map<String, String> schemes = new LinkedHashMap<>();
        schemes.put("small: N(0, 0.01²)", "normal:std=0.01");
        schemes.put("\"N(0, 0.01)\" read as variance", "normal:std=0.1");
        schemes.put("large: N(0, 1)", "normal:std=1");
        schemes.put("xavier-uniform", "xavier-uniform");
        schemes.put("xavier-normal", "xavier-normal");
        schemes.put("he-uniform", "he-uniform");
        schemes.put("he-normal", "he-normal");
        schemes.put("he-normal, fan-out", "he-normal:mode=fan-out");
        schemes.put("lecun-normal", "lecun-normal");
        schemes.put("truncated-normal (std 0.1)", "truncated-normal:std=0.1");
        schemes.put("orthogonal", "orthogonal");
        schemes.put("sparse (90% zeros, std 0.1)", "sparse:fraction=0.9,std=0.1");
        schemes.put("legacy-default (PyTorch Linear)", "legacy-default");
        if (o.init() != null) {
            schemes.put(o.init(), o.init());
        }
        Findings f = new Findings(this, o, console).setting("layer", fanIn + " inputs × " + fanOut + " units ("
                + fanIn * fanOut + " weights)").setting("seed", seed);

        // 2. Run: draw one weight matrix per scheme
        Map<String, double[]> drawn = new LinkedHashMap<>();
        Map<String, Initializer> byLabel = new LinkedHashMap<>();
        int stream = 0;
        for (Map.Entry<String, String> e : schemes.entrySet()) {
            Initializer init = o.newInitializer(e.getValue());
            double[] w = new double[fanIn * fanOut];
            init.fill(w, fanIn, fanOut, RandomStreams.of(seed, "weights", stream++));
            drawn.put(e.getKey(), w);
            byLabel.put(e.getKey(), init);
        }

        // 3. Measure: sample std and largest |w| beside the formula's
        List<XYChart> panels = new ArrayList<>();
        for (Map.Entry<String, double[]> e : drawn.entrySet()) {
            Initializer init = byLabel.get(e.getKey());
            double[] w = e.getValue();
            double mean = 0;
            double largest = 0;
            for (double v : w) {
                mean += v;
                largest = Math.max(largest, Math.abs(v));
            }
            mean /= w.length;
            double sq = 0;
            for (double v : w) {
                sq += (v - mean) * (v - mean);
            }
            double std = Math.sqrt(sq / w.length);
            f.figure(e.getKey() + ": std (formula)", init.expectedStd(fanIn, fanOut));
            f.figure(e.getKey() + ": std (sample)", std);
            f.figure(e.getKey() + ": bound (formula)", init.bound(fanIn, fanOut));
            f.figure(e.getKey() + ": largest |w| (sample)", largest);
            DoubleUnaryOperator density = WeightDensity.of(init, fanIn, fanOut);
            panels.add(DistributionCharts.weightHistogram(e.getKey(), w, density, 40, 330, 250));
        }
        f.conclude("xavier-uniform and xavier-normal have the same std, %.4f = √(2/(%d+%d)): "
                        + "the uniform reaches it with a hard bound of √3·std = %.4f, the normal with tails "
                        + "(largest |w| here %.4f)",
                byLabel.get("xavier-normal").expectedStd(fanIn, fanOut), fanIn, fanOut,
                byLabel.get("xavier-uniform").bound(fanIn, fanOut), maxAbs(drawn.get("xavier-normal")));
        f.conclude("\"N(0, 0.01)\" is ambiguous: read as std 0.01 the weights are 10× smaller than "
                + "read as variance 0.01 (std 0.1); initlab always gives the std");
        f.conclude("He's std √(2/fanIn) = %.4f is √2 × LeCun's √(1/fanIn) = %.4f; "
                + "with mode fan-out it is √(2/fanOut) = %.4f",
                byLabel.get("he-normal").expectedStd(fanIn, fanOut),
                byLabel.get("lecun-normal").expectedStd(fanIn, fanOut),
                byLabel.get("he-normal, fan-out").expectedStd(fanIn, fanOut));
        f.conclude("PyTorch's default Linear init has bound 1/√fanIn = %.4f but std %.4f: a bound is not a std",
                byLabel.get("legacy-default (PyTorch Linear)").bound(fanIn, fanOut),
                byLabel.get("legacy-default (PyTorch Linear)").expectedStd(fanIn, fanOut));
        f.conclude("truncating N(0, 0.1²) at ±2 std leaves std %.4f (factor 0.8796)",
                byLabel.get("truncated-normal (std 0.1)").expectedStd(fanIn, fanOut));

        // 4. Plot: every scheme in its own panel (own x range), then the common-scale comparison
        f.addPlot(ChartGrid.savePng(panels, 4, o.folder(), "weight_histograms"),
                "Each scheme's weights (blue histogram, as a density) and its theoretical density (orange line); "
                + "note each panel's own x range");
        ChartSpec common = ChartSpec.of("Densities on a common scale", "weight value", "density").yRange(1e-2, null);
        for (String label : List.of("small: N(0, 0.01²)", "\"N(0, 0.01)\" read as variance",
                "xavier-normal", "he-normal", "large: N(0, 1)")) {
            DoubleUnaryOperator d = WeightDensity.of(byLabel.get(label), fanIn, fanOut);
            double[] x = new double[801];
            double[] y = new double[801];
            for (int i = 0; i < x.length; i++) {
                x[i] = -0.5 + i / 800.0;
                y[i] = Math.max(d.applyAsDouble(x[i]), 1e-3);
            }
            common.line(label, x, y, VisualStyle.initKey(byLabel.get(label)), null);
        }
        f.plot(ChartRenderer.render(common), "densities_common_scale",
                "Five schemes on one axis (log density): small values cluster at 0, "
                + "large ones are nearly flat over [−0.5, 0.5]");

        // the verdict the plots above show
        f.verdict("The std is what matters, and the fans set it: schemes with the same std (Xavier uniform and normal) "
                + "differ only in shape, a hard bound against tails");

        // 5. Conclude
        return f.finish(QUESTION);
    }

    private static double maxAbs(double[] w) {
        double m = 0;
        for (double v : w) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
