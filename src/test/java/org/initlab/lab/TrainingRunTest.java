package org.initlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.init.ComponentNames;
import org.initlab.train.Divergence;
import org.initlab.train.EpochRecord;
import org.junit.jupiter.api.Test;

/**
 * One training run of the page, on a 2 → 4 → 1 tanh network and 750 training points in mini-batches of 250: three
 * steps per epoch. A sink that takes {@value #SLOW_SINK_MS} ms per progress event makes the throttling
 * deterministic: every step is then at least 150 ms after the last event (so each step sends one), and a grid goes
 * with an event at least 400 ms after the last grid (so with every second one), and always with the last.
 */
class TrainingRunTest {
    static final long SLOW_SINK_MS = 210;
    static final Duration BOUND = Duration.ofSeconds(60);

    /** One event as the sink got it. */
    record Event(String name, Map<String, Object> data) {
    }

    static LabSettings settings(String query) {
        return LabSettings.parse(Query.parse(query), ComponentNames.BUILT_IN);
    }

    static final String TINY = "activation=tanh&init=xavier-normal&depth=1&width=4&dataset=moons&minibatch=250&seed=3";

    @Test
    void aFinishedRunReportsStartEveryStepAGridEveryFourHundredMillisecondsAndTheEnd() throws Exception {
        LabSettings s = settings(TINY + "&epochs=1");
        List<Event> events = new ArrayList<>();
        TrainingRun.Finished done = assertTimeoutPreemptively(BOUND, () -> new TrainingRun(s).run((name, data) -> {
            events.add(new Event(name, data));
            if (name.equals("progress")) {
                sleep(SLOW_SINK_MS);
            }
        }));
        assertThat(events).extracting(Event::name).containsExactly("start", "progress", "progress", "progress",
                "progress", "end");

        Map<String, Object> start = events.get(0).data();
        assertThat(start).containsKeys("network", "init", "initKey", "classes", "epochs", "stepsPerEpoch", "points");
        assertThat(start.get("network")).isEqualTo("2 → 4 → 1 (tanh)");
        assertThat(start.get("init")).isEqualTo("xavier-normal");
        assertThat(start.get("initKey")).isEqualTo("xavier-normal");
        assertThat(start.get("classes")).isEqualTo(2);
        assertThat(start.get("epochs")).isEqualTo(1);
        assertThat(start.get("stepsPerEpoch")).isEqualTo(3);
        Dataset train = Datasets.byName("moons", 1000, 0.05, 3).split(0.25, 3).train();
        List<?> points = (List<?>) start.get("points");
        assertThat(points).hasSize(750);
        for (int i : new int[] {0, 1, 749}) {
            assertThat((double[]) points.get(i)).containsExactly(train.feature(i, 0), train.feature(i, 1),
                    train.label(i));
        }

        // steps 1, 2, 3, then the final flush: one loss per step, the initial epoch first, epoch 1 last
        List<Map<String, Object>> progress = events.subList(1, 5).stream().map(Event::data).toList();
        assertThat(progress).extracting(m -> m.get("step")).containsExactly(1, 2, 3, 3);
        assertThat(progress).extracting(m -> m.get("epoch")).containsExactly(1, 1, 1, 1);
        assertThat(progress).extracting(m -> ((List<?>) m.get("losses")).size()).containsExactly(1, 1, 1, 0);
        for (int i = 0; i < 3; i++) {
            double[] loss = (double[]) ((List<?>) progress.get(i).get("losses")).get(0);
            assertThat(loss[0]).isEqualTo(i + 1);
            assertThat(loss[1]).isEqualTo(done.history().steps().get(i).loss());
        }
        assertThat(progress).extracting(m -> ((List<?>) m.get("epochs")).size()).containsExactly(1, 0, 0, 1);
        assertThat(Json.of(((List<?>) progress.get(0).get("epochs")).get(0))).contains("\"epoch\":0");
        assertThat(Json.of(((List<?>) progress.get(3).get("epochs")).get(0))).contains("\"epoch\":1");
        for (Map<String, Object> p : progress) {
            // one hidden layer measured on the current batch: 250 examples × 4 units in the histogram
            assertThat(Json.of(p.get("layers"))).startsWith("[{\"preact_std\":").endsWith(",\"layer\":1}]");
            List<?> counts = (List<?>) ((Map<?, ?>) p.get("activationHistograms")).get("counts");
            assertThat(counts).hasSize(1);
            assertThat(((long[]) counts.get(0)).length).isEqualTo(ProbeView.BINS);
            assertThat(Arrays.stream((long[]) counts.get(0)).sum()).isEqualTo(1000);
        }
        // grids: the first event, the one ≥ 400 ms later (two events later), and the last
        assertThat(progress).extracting(m -> m.containsKey("boundary")).containsExactly(true, false, true, true);
        Map<?, ?> grid = (Map<?, ?>) progress.get(0).get("boundary");
        assertThat((double[]) grid.get("box")).containsExactly(DecisionGrid.box(train), within(0.0));
        assertThat(grid.get("n")).isEqualTo(TrainingRun.GRID);
        assertThat((int[]) grid.get("classes")).hasSize(48 * 48);

        EpochRecord last = done.history().last();
        Map<String, Object> end = events.get(5).data();
        assertThat(end).containsOnlyKeys("outcome", "testAccuracy", "trainLoss", "message");
        assertThat(end.get("outcome")).isEqualTo("finished");
        assertThat(end.get("testAccuracy")).isEqualTo(last.testAccuracy());
        assertThat(end.get("trainLoss")).isEqualTo(last.trainLoss());
        assertThat(last.testAccuracy()).isBetween(0.0, 1.0);
        assertThat(end.get("message")).isEqualTo(String.format(Locale.ROOT, "finished 1 epochs: test accuracy %.1f%%",
                100 * last.testAccuracy()));

        assertThat(done.settings()).isSameAs(s);
        assertThat(done.layerCount()).isEqualTo(2);
        assertThat(done.network()).isEqualTo("2 → 4 → 1 (tanh)");
        assertThat(done.history().epochs()).hasSize(2);
        assertThat(done.history().steps()).hasSize(3);
        assertThat(done.recorder()).isNotNull();
    }

    @Test
    void progressEventsComeAtMostEveryHundredFiftyMilliseconds() throws Exception {
        // 750 steps of one example each, far faster than one per 150 ms: the events are throttled
        LabSettings s = settings(TINY.replace("minibatch=250", "minibatch=1") + "&epochs=1");
        List<String> sent = new ArrayList<>();
        long start = System.currentTimeMillis();
        assertTimeoutPreemptively(BOUND, () -> new TrainingRun(s).run((name, data) -> sent.add(name)));
        long elapsed = System.currentTimeMillis() - start;
        // the first step's event, one per 150 ms after it, and the last
        assertThat(sent.stream().filter(name -> name.equals("progress")).count())
                .isBetween(2L, elapsed / TrainingRun.INTERVAL_MS + 2);
    }

    @Test
    void stepsPerEpochRoundUpSoThatTheLastPartialBatchCounts() throws Exception {
        // 750 / 32 = 23.4: 24 steps; stopped at once, so only the start event and the end
        TrainingRun run = new TrainingRun(settings(TINY.replace("minibatch=250", "minibatch=32") + "&epochs=2"));
        List<Event> events = new ArrayList<>();
        run.stop();
        assertThat(assertTimeoutPreemptively(BOUND, () -> run.run((n, d) -> events.add(new Event(n, d))))).isNull();
        assertThat(events.get(0).data().get("stepsPerEpoch")).isEqualTo(24);
        assertThat(events.get(0).data().get("epochs")).isEqualTo(2);
        assertThat(events).extracting(Event::name).containsExactly("start", "end");
        assertThat(Json.of(events.get(1).data())).isEqualTo("{\"outcome\":\"stopped\",\"message\":\"stopped at step 1 "
                + "(epoch 1)\"}");
    }

    @Test
    void stopEndsTheRunAtTheNextStepAndSaysWhere() throws Exception {
        TrainingRun run = new TrainingRun(settings(TINY + "&epochs=2"));
        List<Event> events = new ArrayList<>();
        assertThat(assertTimeoutPreemptively(BOUND, () -> run.run((name, data) -> {
            events.add(new Event(name, data));
            if (name.equals("progress")) {
                sleep(SLOW_SINK_MS);
                if (events.size() == 3) {
                    run.stop(); // after the second progress event, the one of step 2
                }
            }
        }))).isNull();
        assertThat(events).extracting(Event::name).containsExactly("start", "progress", "progress", "end");
        assertThat(Json.of(events.get(3).data())).isEqualTo("{\"outcome\":\"stopped\",\"message\":\"stopped at step 3 "
                + "(epoch 1)\"}");
    }

    @Test
    void aPageThatWentAwayEndsTheRunQuietlyWithoutAnEndEvent() throws Exception {
        for (int failAt : new int[] {1, 2, 4}) {
            List<String> sent = new ArrayList<>();
            TrainingRun run = new TrainingRun(settings(TINY + "&epochs=1"));
            TrainingRun.Finished done = assertTimeoutPreemptively(BOUND, () -> run.run((name, data) -> {
                if (name.equals("progress") && sent.size() >= failAt) {
                    throw new IOException("gone");
                }
                sent.add(name);
                if (name.equals("progress")) {
                    sleep(SLOW_SINK_MS);
                }
            }));
            assertThat(done).as("fails at progress event " + failAt).isNull();
            assertThat(sent).as("fails at progress event " + failAt).hasSize(failAt).doesNotContain("end");
        }
    }

    @Test
    void aPageGoneAtTheStartOrEndIsTheSinksIoException() {
        TrainingRun run = new TrainingRun(settings(TINY + "&epochs=1"));
        assertThatThrownBy(() -> run.run((name, data) -> {
            throw new IOException("closed at " + name);
        })).isInstanceOf(IOException.class).hasMessage("closed at start");
        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> new TrainingRun(settings(TINY + "&epochs=1"))
                .run((name, data) -> {
                    if (name.equals("end")) {
                        throw new IOException("closed at end");
                    }
                }))).isInstanceOf(IOException.class).hasMessage("closed at end");
    }

    @Test
    void aDivergingRunEndsWithTheStepEpochLayerAndWords() throws Exception {
        TrainingRun run = new TrainingRun(settings("activation=relu&init=normal&std=1&depth=10&width=64&lr=1"
                + "&epochs=5&seed=1"));
        List<Event> events = new ArrayList<>();
        TrainingRun.Finished done = assertTimeoutPreemptively(BOUND, () -> run.run((n, d) -> events.add(new Event(n,
                d))));
        Divergence d = done.history().divergence().orElseThrow();
        Map<String, Object> end = events.get(events.size() - 1).data();
        assertThat(end).containsOnlyKeys("outcome", "testAccuracy", "trainLoss", "step", "epoch", "layer", "message");
        assertThat(end.get("outcome")).isEqualTo("diverged");
        assertThat(end.get("step")).isEqualTo(d.step());
        assertThat(end.get("epoch")).isEqualTo(d.epoch());
        assertThat(end.get("message")).isEqualTo(d.toString());
        assertThat((String) end.get("message")).startsWith("diverged at step " + d.step() + " (epoch 1): ");
        assertThat(done.layerCount()).isEqualTo(11);
    }

    @Test
    void lsuvIsCalibratedOnTheFirstTrainingExamples() throws Exception {
        // calibrated on real, varied inputs, LSUV gives unit-variance layers and a first loss of the order of
        // ln 2 = 0.69; a degenerate batch (e.g. one example repeated) leaves the scales absurd and the loss huge
        TrainingRun.Finished done = assertTimeoutPreemptively(BOUND, () -> new TrainingRun(settings("init=lsuv&depth=2"
                + "&width=8&minibatch=250&epochs=1&seed=3")).run((name, data) -> { }));
        assertThat(done.history().steps().get(0).loss()).isBetween(0.1, 3.0);
    }

    @Test
    void aDivergenceNamesTheLayerInItsWordsOrZero() {
        assertThat(Json.of(TrainingRun.describe(new Divergence(7, 2, "weights of layer 12 became NaN"))))
                .isEqualTo("{\"step\":7,\"epoch\":2,\"layer\":12,\"message\":\"diverged at step 7 (epoch 2): weights "
                        + "of layer 12 became NaN\"}");
        assertThat(TrainingRun.describe(new Divergence(3, 1, "loss became NaN"))).containsEntry("layer", 0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
