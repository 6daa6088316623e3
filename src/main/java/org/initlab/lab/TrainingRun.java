package org.initlab.lab;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.data.TrainTest;
import org.initlab.diagnostics.Recorder;
import org.initlab.init.Zeros;
import org.initlab.nn.Dense;
import org.initlab.nn.Loss;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.train.Divergence;
import org.initlab.train.EpochRecord;
import org.initlab.train.History;
import org.initlab.train.StepContext;
import org.initlab.train.Trainer;
import org.initlab.train.TrainingConfig;
import org.initlab.train.TrainingListener;

/**
 * One training run of the page on a built-in 2-D set (1000 examples, noise 0.05, a quarter held out, as
 * {@code initlab train --dataset NAME} does), driven by {@link Trainer} and reported through an {@link EventSink}:
 *
 * <ul>
 *   <li>{@code start}: the settings and the training points (x, y, label) for the decision-boundary plot;</li>
 *   <li>{@code progress}, at most every {@link #INTERVAL_MS} ms: the mini-batch losses since the last event, the
 *       epochs finished since then, each hidden layer's activation and gradient std and an activation histogram of
 *       the current batch, and (at most every {@link #BOUNDARY_MS} ms, and rarer for large networks) the predicted
 *       class and confidence on a {@link #GRID}×{@link #GRID} grid over the data;</li>
 *   <li>{@code end}: how it ended: finished, stopped, or diverged (step, epoch, layer and what).</li>
 * </ul>
 *
 * A failing sink (the page closed its tab) or {@link #stop()} ends the run at the next step.
 */
final class TrainingRun {
    /** Least time between two progress events. */
    static final long INTERVAL_MS = 150;
    /** Least time between two decision-boundary grids. */
    static final long BOUNDARY_MS = 400;
    /** Grid cells per side of the decision-boundary picture. */
    static final int GRID = 48;

    /** Where the events go; {@code send} throws when the page is gone. */
    interface EventSink {
        void send(String event, Map<String, Object> data) throws IOException;
    }

    /** What a finished run leaves for "Keep it". */
    record Finished(LabSettings settings, History history, Recorder recorder, int layerCount, String network) {
    }

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private final LabSettings settings;
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    TrainingRun(LabSettings settings) {
        this.settings = settings;
    }

    /** Asks the run to end at its next step. */
    void stop() {
        stopRequested.set(true);
    }

    /** Trains, reporting to {@code sink}; returns what Keep-it needs (null when the page went away). */
    Finished run(EventSink sink) throws IOException {
        LabSettings s = settings;
        TrainTest split = Datasets.byName(s.dataset(), 1000, 0.05, s.seed()).split(0.25, s.seed());
        Dataset train = split.train();
        Loss loss = Losses.forClasses(train.classes());
        Mlp net = new Mlp(train.featureCount(), Collections.nCopies(s.depth(), s.width()),
                loss.outputSize(train.classes()), s.activation());
        int[] first = new int[Math.min(train.size(), 500)];
        Arrays.setAll(first, i -> i);
        net.initialize(s.initializer(), new Zeros(), s.seed(), train.batch(first).x());
        int stepsPerEpoch = (train.size() + s.minibatch() - 1) / s.minibatch();
        Recorder recorder = new Recorder(Math.max(10, stepsPerEpoch));
        Reporter reporter = new Reporter(sink, train, loss);
        sink.send("start", startEvent(train, net, stepsPerEpoch));
        History history;
        try {
            history = new Trainer(net, loss, s.optimizer(), new TrainingConfig(s.epochs(), s.minibatch(), s.seed()))
                    .listen(recorder).listen(reporter).fit(split);
        } catch (Stopped stopped) {
            if (reporter.failure != null) {
                return null;
            }
            Map<String, Object> end = new LinkedHashMap<>();
            end.put("outcome", "stopped");
            end.put("message", "stopped at step " + reporter.lastStep + " (epoch " + reporter.lastEpoch + ")");
            sink.send("end", end);
            return null;
        }
        try {
            reporter.flush(net, true);
        } catch (Stopped gone) {
            return null; // the page went away just before the end
        }
        Map<String, Object> end = new LinkedHashMap<>();
        EpochRecord last = history.last();
        end.put("outcome", history.divergence().isPresent() ? "diverged" : "finished");
        end.put("testAccuracy", last.testAccuracy());
        end.put("trainLoss", last.trainLoss());
        history.divergence().ifPresent(d -> end.putAll(describe(d)));
        if (history.divergence().isEmpty()) {
            end.put("message", String.format(Locale.ROOT, "finished %d epochs: test accuracy %.1f%%",
                    last.epoch(), 100 * last.testAccuracy()));
        }
        sink.send("end", end);
        return new Finished(s, history, recorder, net.layers().size(), net.toString());
    }

    /** The divergence as the page shows it: step, epoch, the layer named in the description (0 if none), words. */
    static Map<String, Object> describe(Divergence d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", d.step());
        m.put("epoch", d.epoch());
        Matcher layer = Pattern.compile("layer (\\d+)").matcher(d.what());
        m.put("layer", layer.find() ? Integer.parseInt(layer.group(1)) : 0);
        m.put("message", d.toString());
        return m;
    }

    private Map<String, Object> startEvent(Dataset train, Mlp net, int stepsPerEpoch) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            points.add(new double[] {train.feature(i, 0), train.feature(i, 1), train.label(i)});
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("network", net.toString());
        m.put("init", settings.initializer().name());
        m.put("initKey", settings.initName().toLowerCase(Locale.ROOT));
        m.put("classes", train.classes());
        m.put("epochs", settings.epochs());
        m.put("stepsPerEpoch", stepsPerEpoch);
        m.put("points", points);
        return m;
    }

    /** Collects losses and epochs between events and sends them, throttled; fails the run when the page is gone. */
    private final class Reporter implements TrainingListener {
        private final EventSink sink;
        private final Loss loss;
        private final double[] box;
        private final List<double[]> losses = new ArrayList<>();
        private final List<EpochRecord> epochs = new ArrayList<>();
        private long lastSent;
        private long lastBoundary;
        /** How long the last grid took: the next waits at least 4 times as long, so grids cost at most ~20%. */
        private long boundaryCost;
        private int lastStep;
        private int lastEpoch;
        private IOException failure;
        private List<Map<String, Object>> layers = List.of();
        private Map<String, Object> histograms = Map.of();

        Reporter(EventSink sink, Dataset train, Loss loss) {
            this.sink = sink;
            this.loss = loss;
            this.box = DecisionGrid.box(train);
        }

        @Override
        public void onStart(Mlp network, EpochRecord initial) {
            epochs.add(initial);
        }

        @Override
        public void afterBackward(StepContext step) {
            losses.add(new double[] {step.step(), step.loss()});
            lastStep = step.step();
            lastEpoch = step.epoch();
            if (System.currentTimeMillis() - lastSent >= INTERVAL_MS) {
                List<Map<String, Object>> rows = new ArrayList<>();
                List<double[]> acts = new ArrayList<>();
                List<Dense> hidden = step.network().hiddenLayers();
                for (int l = 0; l < hidden.size(); l++) {
                    rows.add(ProbeView.jsonRow(ProbeView.measure(hidden.get(l)), l + 1));
                    acts.add(hidden.get(l).lastActivation().value().data);
                }
                layers = rows;
                histograms = ProbeView.histograms(acts);
            }
        }

        @Override
        public void afterUpdate(StepContext step) {
            if (stopRequested.get()) {
                throw new Stopped();
            }
            if (System.currentTimeMillis() - lastSent >= INTERVAL_MS) {
                flush(step.network(), false);
            }
        }

        @Override
        public void onEpochEnd(EpochRecord epoch) {
            epochs.add(epoch);
        }

        void flush(Mlp network, boolean last) {
            long now = System.currentTimeMillis();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("step", lastStep);
            m.put("epoch", lastEpoch);
            m.put("losses", new ArrayList<>(losses));
            List<Map<String, Object>> e = new ArrayList<>();
            for (EpochRecord r : epochs) {
                e.add(Map.of("epoch", r.epoch(), "trainLoss", r.trainLoss(), "trainAccuracy", r.trainAccuracy(),
                        "testLoss", r.testLoss(), "testAccuracy", r.testAccuracy()));
            }
            m.put("epochs", e);
            m.put("layers", layers);
            m.put("activationHistograms", histograms);
            if (last || now - lastBoundary >= Math.max(BOUNDARY_MS, 4 * boundaryCost)) {
                m.put("boundary", DecisionGrid.of(network, loss, box, GRID));
                boundaryCost = System.currentTimeMillis() - now;
                lastBoundary = now;
            }
            losses.clear();
            epochs.clear();
            lastSent = now;
            try {
                sink.send("progress", m);
            } catch (IOException gone) {
                failure = gone;
                throw new Stopped();
            }
        }
    }
}
