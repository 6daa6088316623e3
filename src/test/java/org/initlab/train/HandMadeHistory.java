package org.initlab.train;

/**
 * Histories written by hand for chart tests: step {@code i + 1} has loss {@code losses[i]} (epoch 1), epoch
 * {@code e} has test accuracy {@code testAccuracies[e]} (epoch 0 first), and an optional divergence.
 */
public final class HandMadeHistory {
    private HandMadeHistory() {
    }

    /** A run that ran all its steps. */
    public static History of(double[] losses, double... testAccuracies) {
        History h = new History();
        for (int i = 0; i < losses.length; i++) {
            h.addStep(new StepRecord(i + 1, 1, losses[i]));
        }
        for (int e = 0; e < testAccuracies.length; e++) {
            h.addEpoch(new EpochRecord(e, Double.NaN, Double.NaN, Double.NaN, testAccuracies[e]));
        }
        return h;
    }

    /** A run that stopped at {@code step} because of {@code what} (e.g. "loss became NaN"). */
    public static History diverged(double[] losses, int step, String what, double... testAccuracies) {
        History h = of(losses, testAccuracies);
        h.diverged(new Divergence(step, 1, what));
        return h;
    }
}
