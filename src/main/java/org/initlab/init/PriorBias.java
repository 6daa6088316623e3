package org.initlab.init;

import java.util.Locale;

/**
 * The prior-probability bias for a sigmoid output (Lin et al. 2017, focal loss): b = {@value #FORMULA}, so that before
 * training the network predicts σ(b) = π, the share of positive labels, and the initial binary cross-entropy equals the
 * entropy of the labels, −π·log π − (1 − π)·log(1 − π), instead of log 2 or more. Parameter {@code p} = π in (0, 1).
 * For softmax outputs the same idea is b_k = log π_k ({@link #classLogPriors}).
 */
public final class PriorBias extends Constant {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "log(π/(1 − π))";

    private final double prior;

    /** @param prior π, the share of positive labels, in (0, 1) */
    public PriorBias(double prior) {
        super(logit(prior));
        this.prior = prior;
    }

    private static double logit(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("prior: p must be a share of positive labels strictly "
                    + "between 0 and 1, got " + p);
        }
        return Math.log(p / (1 - p));
    }

    /** b_k = log π_k for class shares π (each in (0, 1]); the softmax of b is then π. */
    public static double[] classLogPriors(double[] priors) {
        double[] b = new double[priors.length];
        for (int k = 0; k < priors.length; k++) {
            if (!(priors[k] > 0 && priors[k] <= 1)) {
                throw new IllegalArgumentException("class priors: share " + priors[k] + " of class " + k
                        + " must be in (0, 1]");
            }
            b[k] = Math.log(priors[k]);
        }
        return b;
    }

    @Override
    public String name() {
        return "prior";
    }

    @Override
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, FORMULA + " with π = %.4g: %.4g", prior, value());
    }
}
