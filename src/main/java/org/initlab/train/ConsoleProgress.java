package org.initlab.train;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.initlab.nn.Mlp;

/**
 * Prints a line per epoch (every {@code every}-th, and the last) with loss, accuracy and speed. On a terminal, an
 * epoch of 50 steps or more also gets a progress bar ({@code me.tongfei:progressbar}) with the running loss, redrawn
 * in place five times a second and wiped before the epoch's line, so the finished output is the same lines as in a
 * file or a pipe, where no bar is drawn.
 *
 * <p>The library draws from its own daemon thread, which stays alive after the bar is closed: it does not keep the
 * JVM from exiting, but {@code mvn exec:java} waits for it unless run with {@code -Dexec.cleanupDaemonThreads=false}.
 */
public final class ConsoleProgress implements TrainingListener {
    /** Epochs shorter than this many steps get no bar: they end before it could be drawn. */
    private static final int MIN_STEPS_FOR_BAR = 50;
    private final PrintStream out;
    private final String label;
    private final int epochs;
    private final int every;
    private final boolean terminal;
    private long startNanos;
    private int steps;
    private double runningLoss = Double.NaN;
    private ProgressBar bar;
    private WipedAtClose barLine;

    /**
     * Progress of a run of {@code epochs} epochs, written to {@code out} under the heading {@code label} (e.g. the
     * dataset's name); a bar only when {@code out} is {@code System.out} and that is a terminal.
     */
    public ConsoleProgress(PrintStream out, String label, int epochs) {
        this(out, label, epochs, out == System.out && System.console() != null);
    }

    /** The same, drawing the bar if and only if {@code terminal} (the tests' way to see it without a terminal). */
    ConsoleProgress(PrintStream out, String label, int epochs, boolean terminal) {
        this.out = out;
        this.label = label;
        this.epochs = epochs;
        this.every = Math.max(1, epochs / 10);
        this.terminal = terminal;
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
        if (!terminal || step.stepsPerEpoch() < MIN_STEPS_FOR_BAR) {
            return;
        }
        if (bar == null) {
            barLine = new WipedAtClose(out);
            bar = new ProgressBarBuilder()
                    .setTaskName(String.format(Locale.ROOT, "  epoch %d/%d", step.epoch(), epochs))
                    .setInitialMax(step.stepsPerEpoch()).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                    .hideEta().setConsumer(barLine).build();
        }
        bar.step();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        bar.setExtraMessage(String.format(Locale.ROOT, "steps  loss %.4g  %.0f steps/s", runningLoss,
                steps / Math.max(seconds, 1e-9)));
    }

    @Override
    public void onEpochEnd(EpochRecord e) {
        closeBar();
        if (e.epoch() % every == 0 || e.epoch() == epochs) {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            out.printf(Locale.ROOT,
                    "  epoch %3d/%d  train loss %-9.4g test loss %-9.4g test acc %5.1f%%  (%.0f steps/s)%n",
                    e.epoch(), epochs, e.trainLoss(), e.testLoss(), 100 * e.testAccuracy(),
                    steps / Math.max(seconds, 1e-9));
        }
    }

    @Override
    public void onEnd(History history) {
        closeBar();
        history.divergence().ifPresent(d -> out.println("  " + d));
    }

    /**
     * Draws the bar's last state and wipes it. {@code ProgressBar.close()} waits for the library's thread; it does
     * not close the consumer of a bar closed before its first drawing (an epoch of a few milliseconds), so the line
     * is wiped here too, once.
     */
    private void closeBar() {
        if (bar != null) {
            bar.close();
            barLine.close();
            bar = null;
        }
    }

    /**
     * The library's "\r"-redrawn line, wiped at the end and without its closing newline, so the next line takes its
     * place.
     */
    private static final class WipedAtClose extends ConsoleProgressBarConsumer {
        private final PrintStream stream;
        private boolean wiped;

        WipedAtClose(PrintStream stream) {
            super(stream);
            this.stream = stream;
        }

        @Override
        public synchronized void accept(String rendered) {
            if (!wiped) {
                super.accept(rendered);
            }
        }

        @Override
        public synchronized void close() {
            if (!wiped) {
                clear();
                stream.flush();
                wiped = true;
            }
        }
    }
}
