package org.initlab.lab;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Who may train: at most one run per page (a page names itself with a random id) and at most {@code capacity} runs
 * at once (the machine's cores by default). Also keeps each page's last finished run for "Keep it" (the most
 * recent {@link #KEPT} pages only, so that memory stays bounded).
 */
final class TrainingSlots {
    /** Pages whose last finished run is kept. */
    static final int KEPT = 16;

    /** The lab cannot start this run now; {@code status} is the HTTP status to answer with. */
    static final class Busy extends RuntimeException {
        final int status;

        Busy(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private final int capacity;
    private final Semaphore free;
    private final Map<String, TrainingRun> running = new ConcurrentHashMap<>();
    private final Map<String, TrainingRun.Finished> finished = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TrainingRun.Finished> eldest) {
            return size() > KEPT;
        }
    };

    TrainingSlots(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("trainings at once must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.free = new Semaphore(capacity);
    }

    /** Reserves a slot for {@code page}'s run, or throws {@link Busy} saying why not. */
    void claim(String page, TrainingRun run) {
        if (running.putIfAbsent(page, run) != null) {
            throw new Busy(409, "this page is already training; press Stop first (one training per page)");
        }
        if (!free.tryAcquire()) {
            running.remove(page, run);
            throw new Busy(503, "the lab is busy: " + capacity + " training" + (capacity == 1 ? " is" : "s are")
                    + " running, as many as this machine has cores; try again when one ends");
        }
    }

    /** Frees {@code page}'s slot and keeps its finished run (if any). */
    void release(String page, TrainingRun run, TrainingRun.Finished result) {
        if (running.remove(page, run)) {
            free.release();
        }
        if (result != null) {
            synchronized (finished) {
                finished.put(page, result);
            }
        }
    }

    /** Asks {@code page}'s run to stop; false when it has none. */
    boolean stop(String page) {
        TrainingRun run = running.get(page);
        if (run != null) {
            run.stop();
        }
        return run != null;
    }

    /** Stops every run (server shutdown). */
    void stopAll() {
        running.values().forEach(TrainingRun::stop);
    }

    /** {@code page}'s last finished run, or null. */
    TrainingRun.Finished lastFinished(String page) {
        synchronized (finished) {
            return finished.get(page);
        }
    }

    /** Runs going on now. */
    int running() {
        return running.size();
    }
}
