package org.initlab.train;

import java.io.PrintStream;
import java.util.Locale;
import org.initlab.nn.Mlp;

/**
 * Prints a line per epoch (every {@code every}-th, and the last) with loss, accuracy and speed. On a terminal, long
 * epochs also get a progress bar, redrawn in place at most five times a second, with the running loss and speed.
 */
public final class ConsoleProgress implements TrainingListener {
    private final PrintStream out;
    private final String label;
    private final int epochs;
    private final int every;
    private final boolean terminal;
    private long startNanos;
    private long lastDraw;
    private int steps;
    private int stepsPerEpoch;
    private int epochStartStep;
    private double runningLoss = Double.NaN;

    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
    public ConsoleProgress(PrintStream out, String label, int epochs) {
        this.out = out;
        this.label = label;
        this.epochs = epochs;
        this.every = Math.max(1, epochs / 10);
        this.terminal = out == System.out && System.console() != null;
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
        runningLoss = Double.isNaN(runningLoss) ? step.loss() : 0.95 * runningLoss + 0.05 * step.loss();
        stepsPerEpoch = step.stepsPerEpoch();
        if (!terminal || stepsPerEpoch < 50) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw > 200_000_000L) {
            lastDraw = now;
            int done = steps - epochStartStep;
            int width = 30;
            int filled = Math.min(width, width * done / stepsPerEpoch);
            double seconds = (now - startNanos) / 1e9;
            out.printf(Locale.ROOT, "\r  epoch %d/%d [%s%s] %3d%%  loss %-9.4g %5.0f steps/s", step.epoch(), epochs,
                    "#".repeat(filled), ".".repeat(width - filled), 100 * done / stepsPerEpoch, runningLoss,
                    steps / Math.max(seconds, 1e-9));
            out.flush();
        }
    }

    @Override
    public void onEpochEnd(EpochRecord e) {
        epochStartStep = steps;
        if (terminal && stepsPerEpoch >= 50) {
            out.print("\r" + " ".repeat(90) + "\r");
        }
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
