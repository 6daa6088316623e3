package org.initlab.train;

import java.io.PrintStream;
import java.util.Locale;
import org.initlab.nn.Mlp;

/** Prints a line per epoch (every {@code every}-th, and the last) with loss, accuracy and speed. */
public final class ConsoleProgress implements TrainingListener {
    private final PrintStream out;
    private final String label;
    private final int epochs;
    private final int every;
    private long startNanos;
    private int steps;

    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
    public ConsoleProgress(PrintStream out, String label, int epochs) {
        this.out = out;
        this.label = label;
        this.epochs = epochs;
        this.every = Math.max(1, epochs / 10);
    }

    @Override
    public void onStart(Mlp network, EpochRecord initial) {
        startNanos = System.nanoTime();
        out.printf(Locale.ROOT, "  %s  %s%n  epoch %3d/%d  train loss %-9.4g test loss %-9.4g test acc %5.1f%%%n",
                label, network, 0, epochs, initial.trainLoss(), initial.testLoss(), 100 * initial.testAccuracy());
    }

    @Override
    public void afterUpdate(StepContext step) {
        steps++;
    }

    @Override
    public void onEpochEnd(EpochRecord e) {
        if (e.epoch() % every == 0 || e.epoch() == epochs) {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            out.printf(Locale.ROOT, "  epoch %3d/%d  train loss %-9.4g test loss %-9.4g test acc %5.1f%%  (%.0f steps/s)%n",
                    e.epoch(), epochs, e.trainLoss(), e.testLoss(), 100 * e.testAccuracy(), steps / Math.max(seconds, 1e-9));
        }
    }

    @Override
    public void onEnd(History history) {
        history.divergence().ifPresent(d -> out.println("  " + d));
    }
}
