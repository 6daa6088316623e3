package org.initlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.initlab.init.ComponentNames;
import org.junit.jupiter.api.Test;

/** Who may train: one run per page, at most capacity runs, the last finished run of the 16 most recent pages. */
class TrainingSlotsTest {
    static final LabSettings TINY = LabSettings.parse(Map.of("depth", "1", "width", "4", "epochs", "1",
            "minibatch", "250"), ComponentNames.BUILT_IN);

    static TrainingRun run() {
        return new TrainingRun(TINY);
    }

    static TrainingRun.Finished finished(String network) {
        return new TrainingRun.Finished(TINY, null, null, 2, network);
    }

    /** The events a run sends to a sink that records them. */
    static List<String> eventsOf(TrainingRun run) throws Exception {
        List<String> events = new ArrayList<>();
        assertThat(run.run((event, data) -> events.add(event + " " + (event.equals("end") ? Json.of(data) : ""))))
                .isNull();
        return events;
    }

    @Test
    void capacityIsAtLeastOne() {
        assertThatThrownBy(() -> new TrainingSlots(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trainings at once must be at least 1, got 0");
        assertThat(new TrainingSlots(1).running()).isZero();
    }

    @Test
    void aPageTrainsOnceAtATimeAnd409SaysSo() {
        TrainingSlots slots = new TrainingSlots(3);
        TrainingRun first = run();
        slots.claim("a", first);
        assertThatThrownBy(() -> slots.claim("a", run())).isInstanceOfSatisfying(TrainingSlots.Busy.class, busy -> {
            assertThat(busy.status).isEqualTo(409);
            assertThat(busy).hasMessage("this page is already training; press Stop first (one training per page)");
        });
        assertThat(slots.running()).isEqualTo(1);
        // the refused claim did not take a slot: two other pages still fit
        slots.claim("b", run());
        slots.claim("c", run());
        assertThat(slots.running()).isEqualTo(3);
    }

    @Test
    void beyondCapacity503SaysHowManyRunAndTheRefusedPageHoldsNothing() {
        TrainingSlots one = new TrainingSlots(1);
        one.claim("a", run());
        assertThatThrownBy(() -> one.claim("b", run())).isInstanceOfSatisfying(TrainingSlots.Busy.class, busy -> {
            assertThat(busy.status).isEqualTo(503);
            assertThat(busy).hasMessage("the lab is busy: 1 training is running, as many as this machine has cores; "
                    + "try again when one ends");
        });
        assertThat(one.running()).isEqualTo(1);
        assertThat(one.stop("b")).isFalse();

        TrainingSlots two = new TrainingSlots(2);
        two.claim("a", run());
        two.claim("b", run());
        assertThatThrownBy(() -> two.claim("c", run())).hasMessage("the lab is busy: 2 trainings are running, as many "
                + "as this machine has cores; try again when one ends");
    }

    @Test
    void onlyTheRunThatHoldsTheSlotFreesIt() {
        TrainingSlots slots = new TrainingSlots(1);
        TrainingRun holder = run();
        slots.claim("a", holder);
        slots.release("a", run(), null); // an older run of the same page: not the holder
        assertThatThrownBy(() -> slots.claim("b", run())).isInstanceOf(TrainingSlots.Busy.class);
        slots.release("a", holder, null);
        assertThat(slots.running()).isZero();
        slots.claim("b", run());
        assertThat(slots.running()).isEqualTo(1);
        // releasing twice frees the slot once
        slots.release("a", holder, null);
        assertThatThrownBy(() -> slots.claim("c", run())).isInstanceOf(TrainingSlots.Busy.class);
    }

    @Test
    void stopAsksThePagesRunToEndAtItsNextStep() throws Exception {
        TrainingSlots slots = new TrainingSlots(2);
        TrainingRun run = run();
        slots.claim("a", run);
        assertThat(slots.stop("other")).isFalse();
        assertThat(slots.stop("a")).isTrue();
        assertThat(eventsOf(run)).containsExactly("start ",
                "end {\"outcome\":\"stopped\",\"message\":\"stopped at step 1 (epoch 1)\"}");
    }

    @Test
    void stopAllStopsEveryRun() throws Exception {
        TrainingSlots slots = new TrainingSlots(2);
        TrainingRun a = run();
        TrainingRun b = run();
        slots.claim("a", a);
        slots.claim("b", b);
        slots.stopAll();
        assertThat(eventsOf(a)).last().asString().contains("\"outcome\":\"stopped\"");
        assertThat(eventsOf(b)).last().asString().contains("\"outcome\":\"stopped\"");
    }

    @Test
    void theLastFinishedRunIsKeptPerPageAndANullResultKeepsThePreviousOne() {
        TrainingSlots slots = new TrainingSlots(1);
        assertThat(slots.lastFinished("a")).isNull();
        TrainingRun.Finished done = finished("first");
        TrainingRun run = run();
        slots.claim("a", run);
        slots.release("a", run, done);
        assertThat(slots.lastFinished("a")).isSameAs(done);
        TrainingRun stopped = run();
        slots.claim("a", stopped);
        slots.release("a", stopped, null);
        assertThat(slots.lastFinished("a")).isSameAs(done);
        assertThat(slots.lastFinished("b")).isNull();
    }

    @Test
    void theSixteenMostRecentlyUsedPagesKeepTheirRuns() {
        TrainingSlots slots = new TrainingSlots(1);
        for (int p = 0; p < 16; p++) {
            slots.release("p" + p, null, finished("run " + p));
        }
        for (int p = 0; p < 16; p++) {
            assertThat(slots.lastFinished("p" + p).network()).isEqualTo("run " + p);
        }
        // reading p0 again makes it the most recently used: p1 is now the least, and goes when a 17th page arrives
        assertThat(slots.lastFinished("p0")).isNotNull();
        slots.release("p16", null, finished("run 16"));
        assertThat(slots.lastFinished("p1")).isNull();
        assertThat(slots.lastFinished("p0").network()).isEqualTo("run 0");
        assertThat(slots.lastFinished("p16").network()).isEqualTo("run 16");
        assertThat(slots.running()).isZero();
    }
}
