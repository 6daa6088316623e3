package org.initlab.lesson;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
                new TrainingConfig(spec.epochs(), spec.batchSize(), spec.seed())).listen(recorder).listenAll(extra).fit(data);
        return new RunResult(spec, net, history, recorder, w0, b0);
    }

    /**
     * Trains every spec, in parallel on all cores (each run is independent and seeded, so the results do not
     * depend on the number of threads), printing one line per finished run; results come back in spec order.
     */
    public static List<RunResult> trainAll(List<RunSpec> specs, TrainTest data, PrintStream console) {
        int threads = Math.max(1, Math.min(specs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (RunSpec spec : specs) {
                futures.add(pool.submit(() -> {
                    RunResult r = train(spec, data);
                    synchronized (console) {
                        console.println("  " + summary(r));
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
        History h = r.history();
        String s = String.format(Locale.ROOT, "%-28s loss %.4g → %.4g, test acc %5.1f%% → %5.1f%%", r.label(),
                h.initial().trainLoss(), h.last().trainLoss(), 100 * h.initial().testAccuracy(), 100 * h.last().testAccuracy());
        return h.divergence().map(d -> s + "; " + d).orElse(s);
    }
}
