package outputlayer;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.activation.Activation;
import org.initlab.data.Dataset;
import org.initlab.data.Imbalance;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.init.Initializer;
import org.initlab.init.Initializers;
import org.initlab.init.Normal;
import org.initlab.init.PriorBias;
import org.initlab.init.Zeros;
import org.initlab.lesson.Findings;
import org.initlab.lesson.Lesson;
import org.initlab.cli.LessonMain;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Optimizers;
import org.initlab.plot.ChartRenderer;
import org.initlab.plot.ChartSpec;
import org.initlab.plot.RenderedChart;
import org.initlab.random.RandomStreams;
import org.initlab.train.History;
import org.initlab.train.StepRecord;
import org.initlab.train.Trainer;
import org.initlab.train.TrainingConfig;

/**
 * Lesson 13 — biases and the output layer: how should the output bias start when one class is rare, and what does
 * it save? See {@code lessons/outputlayer/README.md}.
 */
public final class OutputLayer implements Lesson {
    /**
     * Runs this lesson: {@code java -cp target/initlab.jar outputlayer.OutputLayer [options]} or "Run" in an IDE
     * ({@code --help} lists the options).
     */
    public static void main(String[] args) {
        LessonMain.run(new OutputLayer(), args);
    }

    static final String QUESTION = "How should biases, and the output layer's in particular, "
            + "start when the classes are imbalanced, and what does a prior-probability bias save?";

    @Override
    public String name() {
        return "outputlayer";
    }

    @Override
    public String title() {
        return "Biases and the output layer: zeros, PyTorch's bias, the prior-probability bias";
    }

    /** How one network's output layer (and hidden biases) start. */
    private record Setup(String label, Initializer hiddenBias, Initializer outputWeights, double[] outputBias) {
    }

    @Override
    public LessonResult run(LessonOptions o, PrintStream console) {
        // 1. Set up: circles with 5% positives (binary), blobs with shares 55/25/15/5% (softmax); 4 tanh layers × 32
        boolean quick = o.quick();
        long seed = o.seedOr(1);
        double positive = 0.05;
        int depth = o.depthOr(4);
        int width = o.widthOr(32);
        int epochs = o.epochsOr(quick ? 4 : 8);
        Activation phi = o.newActivation(o.activationOr("tanh"));
        Initializer weights = o.newInitializer(o.initOr("xavier-normal"));
        TrainTest binary = Imbalance.positiveFraction(ToyData.circles(2000, 0.05, seed), positive, seed)
                .split(0.25, seed);
        double pi = share(binary.train(), 2)[1];
        double[] shares = {0.55, 0.25, 0.15, 0.05};
        TrainTest multi = imbalancedBlobs(shares, quick ? 800 : 2000, seed).split(0.25, seed);
        double[] multiShares = share(multi.train(), shares.length);
        double binaryEntropy = entropy(new double[] {1 - pi, pi});
        double multiEntropy = entropy(multiShares);
        Findings f = new Findings(this, o, console)
                .setting("binary task", "circles, " + binary.train().size() + " training examples, " + String.format(
                        Locale.ROOT, "%.1f%% positive", 100 * pi))
                .setting("softmax task", "blobs, 4 classes with shares " + Arrays.toString(shares))
                .setting("network", "2 → " + depth + " × " + width + " " + phi.name() + " (" + weights.name()
                        + ") → output, sgd lr 0.05, batches of 32, " + epochs + " epochs")
                .setting("seed", seed);
        f.figure("binary: label entropy H(π)", binaryEntropy);
        f.figure("softmax: label entropy", multiEntropy);
        double[] logit = {Math.log(pi / (1 - pi))};
        List<Setup> binarySetups = List.of(
                new Setup("zero biases (Keras)", new Zeros(), weights, new double[] {0}),
                new Setup("pytorch-bias everywhere", Initializers.byName("pytorch-bias"), weights, null),
                new Setup("large last layer, normal std 3", new Zeros(), new Normal(0, 3), new double[] {0}),
                new Setup("prior bias log(π/(1−π))", new Zeros(), weights, logit),
                new Setup("zero last layer + prior bias", new Zeros(), new Zeros(), logit));
        List<Setup> multiSetups = List.of(
                new Setup("zero output bias", new Zeros(), weights, new double[shares.length]),
                new Setup("class log-priors", new Zeros(), weights, PriorBias.classLogPriors(multiShares)));

        // 2. Run
        Map<String, History> histories = new LinkedHashMap<>();
        for (Setup s : binarySetups) {
            histories.put(s.label(), train(s, binary, phi, weights, depth, width, epochs, seed));
        }
        Map<String, History> multiHistories = new LinkedHashMap<>();
        for (Setup s : multiSetups) {
            multiHistories.put(s.label(), train(s, multi, phi, weights, depth, width, epochs, seed));
        }

        // 3. Measure: the initial loss against the label entropy; steps until the loss is within 10% of it
        f.conclude("with %.1f%% positives the label entropy is %.3f: the prior-probability bias starts "
                + "there (initial loss %.3f) and is within 10%% of it after %d steps; "
                + "zero biases start at %.3f and need %d steps",
                100 * pi, binaryEntropy, histories.get(binarySetups.get(3).label()).initial().trainLoss(),
                stepsToReach(histories.get(binarySetups.get(3).label()), 1.1 * binaryEntropy),
                histories.get(binarySetups.get(0).label()).initial().trainLoss(),
                stepsToReach(histories.get(binarySetups.get(0).label()), 1.1 * binaryEntropy));
        measure(f, histories, binaryEntropy, "binary");
        measure(f, multiHistories, multiEntropy, "softmax");
        double allNegative = f.figure("binary: test accuracy of always answering 'negative'",
                share(binary.test(), 2)[0]);
        long beatBaseRate = histories.values().stream().filter(h -> h.last().testAccuracy() > allNegative + 1e-9)
                .count();
        f.conclude("always answering 'negative' scores %.1f%% on the binary test set; "
                + "%d of %d binary networks do better%s",
                100 * allNegative, beatBaseRate, histories.size(), beatBaseRate == 0
                        ? ": after " + epochs + " epochs none has learned the rare class, "
                        + "whatever its start (final loss ≈ H(π))" : "");
        History prior = histories.get(binarySetups.get(3).label());
        History zero = histories.get(binarySetups.get(0).label());
        f.verdict("The prior bias log(π/(1−π)) starts at the label entropy "
                + "(initial loss %.3f, H(π) = %.3f; zero biases %.3f) and is within 10%% of it after %d "
                + "steps instead of %d; %s", prior.initial().trainLoss(), binaryEntropy,
                zero.initial().trainLoss(), stepsToReach(prior, 1.1 * binaryEntropy),
                stepsToReach(zero, 1.1 * binaryEntropy),
                beatBaseRate == 0 ? String.format(Locale.ROOT, "it changes the start, not the end: after %d epochs "
                        + "no binary network beats the %.1f%% test accuracy of always answering 'negative'", epochs,
                        100 * allNegative)
                        : String.format(Locale.ROOT, "%d of %d binary networks beat the %.1f%% of always answering "
                        + "'negative'", beatBaseRate, histories.size(), 100 * allNegative));

        // 4. Plot
        f.plot(earlySteps("Imbalanced circles (" + String.format(Locale.ROOT, "%.0f%%", 100 * pi)
                + " positive): the first 60 steps", histories, binaryEntropy), "loss_binary",
                "Mini-batch loss over the first 60 steps (faint: each step; line: mean of the last 5); dotted: "
                        + "the label entropy H(π), what a network that knows only the base rate scores. "
                        + "The two prior-bias runs start on it and stay together; the others spend their first "
                        + "steps coming down to it");
        f.plot(earlySteps("Imbalanced blobs (4 classes): the first 60 steps", multiHistories, multiEntropy),
                "loss_softmax",
                "Mini-batch loss over the first 60 steps (faint: each step; line: mean of the last 5), "
                        + "softmax output with a zero bias and with the class log-priors; dotted: the label entropy");

        // 5. Conclude
        return f.finish(QUESTION);
    }

    private static History train(Setup s, TrainTest data, Activation phi, Initializer weights, int depth, int width,
                                 int epochs, long seed) {
        var loss = Losses.forClasses(data.train().classes());
        Mlp net = Mlp.uniform(2, depth, width, loss.outputSize(data.train().classes()), phi);
        net.initialize(weights, s.hiddenBias(), seed);
        var out = net.outputLayer();
        out.initialize(s.outputWeights(), RandomStreams.of(seed, "output weights"), s.hiddenBias(),
                RandomStreams.of(seed, "output bias"));
        if (s.outputBias() != null) {
            System.arraycopy(s.outputBias(), 0, out.bias().value().data, 0, s.outputBias().length);
        }
        return new Trainer(net, loss, Optimizers.byName("sgd", 0.05), new TrainingConfig(epochs, 32, seed)).fit(data);
    }

    private static void measure(Findings f, Map<String, History> histories, double entropy, String task) {
        for (Map.Entry<String, History> e : histories.entrySet()) {
            History h = e.getValue();
            double initial = h.initial().trainLoss();
            int steps = stepsToReach(h, 1.1 * entropy);
            f.figure(e.getKey() + ": initial loss", initial);
            f.figure(e.getKey() + ": steps to loss ≤ 1.1·H", steps);
            f.figure(e.getKey() + ": final test accuracy", h.last().testAccuracy());
            f.figure(e.getKey() + ": final training loss", h.last().trainLoss());
            f.conclude("%s, %s: initial loss %.3f (label entropy %.3f); %s; final training loss %.3f, "
                    + "test accuracy %.1f%%",
                    task, e.getKey(), initial, entropy, steps < 0 ? "the loss never came within 10% of the entropy"
                    : "within 10% of the entropy after " + steps + (steps == 1 ? " step" : " steps"),
                    h.last().trainLoss(), 100 * h.last().testAccuracy());
        }
    }

    /**
     * The first 60 steps' mini-batch losses of each run: faint raw, and a running mean of 5 over them; the label
     * entropy as a reference line; y (logarithmic when the raw losses span more than two decades) from a little below
     * the lowest mean to a little above the highest (raw spikes beyond are cut). Two
     * means within 2 % of that height of each other at every step are named in a note.
     */
    static RenderedChart earlySteps(String title, Map<String, History> runs, double entropy) {
        ChartSpec spec = ChartSpec.of(title, "training step", "mini-batch loss");
        double max = entropy;
        double min = entropy;
        Map<String, double[]> means = new LinkedHashMap<>();
        for (Map.Entry<String, History> e : runs.entrySet()) {
            List<StepRecord> steps = e.getValue().steps();
            int n = Math.min(60, steps.size());
            double[] x = new double[n];
            double[] raw = new double[n];
            double[] mean = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                int from = Math.max(0, i - 4);
                for (int k = from; k <= i; k++) {
                    sum += steps.get(k).loss();
                }
                x[i] = steps.get(i).step();
                raw[i] = steps.get(i).loss();
                mean[i] = sum / (i - from + 1);
                max = Math.max(max, mean[i]);
                min = Math.min(min, mean[i]);
            }
            spec.add(e.getKey() + " (raw)", x, raw, null, null, ChartSpec.Role.RAW, false);
            spec.sameColour(e.getKey() + " (raw)", e.getKey());
            spec.line(e.getKey(), x, mean, null, null);
            means.put(e.getKey(), mean);
        }
        List<String> names = new ArrayList<>(means.keySet());
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                double[] p = means.get(names.get(a));
                double[] q = means.get(names.get(b));
                double gap = 0;
                for (int i = 0; i < Math.min(p.length, q.length); i++) {
                    gap = Math.max(gap, Math.abs(p[i] - q[i]));
                }
                if (gap < 0.02 * max) {
                    spec.note(String.format(Locale.ROOT, "%s and %s lie within %.3f of each other (one drawn over "
                            + "the other)", names.get(a), names.get(b), gap));
                }
            }
        }
        spec.reference(String.format(Locale.ROOT, "label entropy %.3f", entropy), entropy);
        return ChartRenderer.render(spec.yRange(0.8 * min, 1.1 * max));
    }

    /** The first step whose mean over the last 10 mini-batch losses is at most {@code level}, or −1. */
    static int stepsToReach(History h, double level) {
        List<StepRecord> steps = h.steps();
        double sum = 0;
        for (int i = 0; i < steps.size(); i++) {
            sum += steps.get(i).loss();
            if (i >= 10) {
                sum -= steps.get(i - 10).loss();
            }
            int n = Math.min(i + 1, 10);
            if (sum / n <= level) {
                return steps.get(i).step();
            }
        }
        return -1;
    }

    /** −Σ p·log p (natural log). */
    static double entropy(double[] p) {
        double h = 0;
        for (double v : p) {
            h -= v > 0 ? v * Math.log(v) : 0;
        }
        return h;
    }

    static double[] share(Dataset d, int classes) {
        double[] s = new double[classes];
        for (int i = 0; i < d.size(); i++) {
            s[d.label(i)] += 1.0 / d.size();
        }
        return s;
    }

    /** Blobs with class k making up shares[k] of the examples (by dropping examples of the larger classes). */
    static Dataset imbalancedBlobs(double[] shares, int size, long seed) {
        int classes = shares.length;
        Dataset all = ToyData.blobs(size * classes, classes, 0.25, seed);
        int[] wanted = new int[classes];
        for (int k = 0; k < classes; k++) {
            wanted[k] = (int) Math.round(shares[k] * size);
        }
        List<Integer> keep = new ArrayList<>();
        int[] taken = new int[classes];
        for (int i = 0; i < all.size(); i++) {
            int k = all.label(i);
            if (taken[k] < wanted[k]) {
                taken[k]++;
                keep.add(i);
            }
        }
        return all.subset(keep.stream().mapToInt(Integer::intValue).toArray(), "imbalanced blobs");
    }
}
