package org.initlab.lesson;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.initlab.data.TrainTest;
import org.initlab.diagnostics.Recorder;
import org.initlab.init.Zeros;
import org.initlab.nn.Dense;
import org.initlab.nn.Loss;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Optimizers;
import org.initlab.train.History;
import org.initlab.train.Trainer;
import org.initlab.train.TrainingConfig;
import org.initlab.train.TrainingListener;

/** Runs lessons' training runs, one at a time or in parallel on every core; the plumbing lessons share. */
public final class Experiments {
    private Experiments() {
    }

    /** Builds, initializes (LSUV gets the training inputs) and trains one network with diagnostics on. */
    public static RunResult train(RunSpec spec, TrainTest data, TrainingListener... extra) {
        Loss loss = Losses.forClasses(data.train().classes());
        Mlp net = Mlp.uniform(data.train().featureCount(), spec.depth(), spec.width(),
                loss.outputSize(data.train().classes()), spec.activation());
        net.initialize(spec.weights(), spec.biases() == null ? new Zeros() : spec.biases(), spec.seed(),
                data.train().all().x());
        List<double[]> w0 = new ArrayList<>();
        List<double[]> b0 = new ArrayList<>();
        for (Dense layer : net.layers()) {
            w0.add(layer.weights().value().data.clone());
            b0.add(layer.bias().value().data.clone());
        }
        Recorder recorder = new Recorder(spec.recordEvery());
        History history = new Trainer(net, loss, Optimizers.byName(spec.optimizer(), spec.learningRate()),
                new TrainingConfig(spec.epochs(), spec.batchSize(), spec.seed())).listen(recorder)
                .listenAll(extra).fit(data);
        return new RunResult(spec, net, history, recorder, w0, b0);
    }

    /**
     * Trains every spec, in parallel on all cores (each run is independent and seeded, so the results do not
     * depend on the number of threads), printing one line per finished run; results come back in spec order.
     */
    public static List<RunResult> trainAll(List<RunSpec> specs, TrainTest data, PrintStream console) {
        return trainEach(specs, spec -> data, console, true);
    }

    /**
     * Trains every spec once per seed {@code spec.seed()}, {@code spec.seed() + 1}, ..., {@code + seeds − 1}, each
     * seed on its own data ({@code dataForSeed}), in parallel; prints each spec's final test accuracy as median and
     * range. Result {@code i} holds spec {@code i}'s runs in seed order. Only the first seed's runs record
     * per-layer diagnostics (the lessons plot those); the others record the history (loss, accuracy, divergence).
     */
    public static List<List<RunResult>> trainOverSeeds(List<RunSpec> specs, int seeds,
                                                       LongFunction<TrainTest> dataForSeed, PrintStream console) {
        if (seeds < 1) {
            throw new IllegalArgumentException("--seeds must be at least 1, got " + seeds);
        }
        List<RunSpec> flat = new ArrayList<>();
        for (RunSpec spec : specs) {
            for (int s = 0; s < seeds; s++) {
                RunSpec seeded = spec.withSeed(spec.seed() + s);
                flat.add(s == 0 ? seeded : seeded.withRecordEvery(Integer.MAX_VALUE));
            }
        }
        Map<Long, TrainTest> data = new ConcurrentHashMap<>();
        List<RunResult> runs = trainEach(flat, spec -> data.computeIfAbsent(spec.seed(), dataForSeed::apply), console,
                false);
        List<List<RunResult>> grouped = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            List<RunResult> mine = runs.subList(i * seeds, (i + 1) * seeds);
            grouped.add(List.copyOf(mine));
            console.printf(Locale.ROOT, "  %-" + labelWidth(specs) + "s test acc %s%s%n", specs.get(i).label(),
                    accuracy(mine).percent(),
                    mine.stream().anyMatch(RunResult::diverged)
                    ? "; " + mine.stream().filter(RunResult::diverged).count()
                            + " diverged" : "");
        }
        return grouped;
    }

    /** Console lines pad run labels to this width at least, and to the batch's longest label when that is longer. */
    private static final int MIN_LABEL_WIDTH = 28;

    private static int labelWidth(List<RunSpec> specs) {
        return Math.max(MIN_LABEL_WIDTH, specs.stream().mapToInt(spec -> spec.label().length()).max().orElse(0));
    }

    /** The final test accuracy of each run. */
    public static Spread accuracy(List<RunResult> runs) {
        return new Spread(runs.stream().mapToDouble(RunResult::finalTestAccuracy).toArray());
    }

    private static List<RunResult> trainEach(List<RunSpec> specs, Function<RunSpec, TrainTest> dataFor,
                                             PrintStream console, boolean printEach) {
        int threads = Math.max(1, Math.min(specs.size(), Runtime.getRuntime().availableProcessors()));
        int width = labelWidth(specs);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (RunSpec spec : specs) {
                futures.add(pool.submit(() -> {
                    RunResult r = train(spec, dataFor.apply(spec));
                    if (printEach) {
                        synchronized (console) {
                            console.println("  " + summary(r, width));
                        }
                    }
                    return r;
                }));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** "xavier-normal  loss 0.693 → 0.012, test acc 50.0% → 99.2%" (or where it diverged). */
    public static String summary(RunResult r) {
        return summary(r, MIN_LABEL_WIDTH);
    }

    /** {@link #summary(RunResult)} with the label padded to {@code width} characters, so that a batch lines up. */
    static String summary(RunResult r, int width) {
        History h = r.history();
        String s = String.format(Locale.ROOT, "%-" + width + "s loss %.4g → %.4g, test acc %5.1f%% → %5.1f%%",
                r.label(), h.initial().trainLoss(), h.last().trainLoss(), 100 * h.initial().testAccuracy(),
                100 * h.last().testAccuracy());
        return h.divergence().map(d -> s + "; " + d).orElse(s);
    }
}
