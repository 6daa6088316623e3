package org.initlab.train;

/** Where a run stopped because a value became NaN or ±Inf: the step and a plain description. */
public record Divergence(int step, int epoch, String what) {
    @Override
    public String toString() {
        return "diverged at step " + step + " (epoch " + epoch + "): " + what;
    }
}
