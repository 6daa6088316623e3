package org.initlab.theory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.initlab.activation.Activation;

/**
 * The {@link MeanField} quantities along a line of weight variances at one bias variance: a row per σ_w² of an
 * evenly spaced grid, and the critical σ_w² (χ₁ = 1) located between two rows and refined by bisection to 1e-6.
 *
 * <p>The default grid spacing is at most 0.01, so the rows alone place the critical point to 0.01.
 */
public final class PhaseMap {
    /** The finest spacing the default grid guarantees. */
    public static final double DEFAULT_SPACING = 0.01;
    private final Activation phi;
    private final double biasVariance;
    private final List<Row> rows;
    private final double critical;

    /** One grid point: σ_w², σ_b², q*, χ₁ and ξ_c (see {@link MeanField}). */
    public record Row(double sigmaW2, double sigmaB2, double qStar, double chi1, double xiC) {
    }

    private PhaseMap(Activation phi, double biasVariance, List<Row> rows, double critical) {
        this.phi = phi;
        this.biasVariance = biasVariance;
        this.rows = Collections.unmodifiableList(rows);
        this.critical = critical;
    }

    /** The grid size whose spacing over [min, max] is at most {@link #DEFAULT_SPACING}. */
    public static int defaultSteps(double min, double max) {
        return (int) Math.ceil((max - min) / DEFAULT_SPACING - 1e-9) + 1;
    }

    /**
     * Computes {@code steps} rows for σ_w² from {@code min} to {@code max} (both included).
     *
     * @throws IllegalArgumentException for a negative or non-finite variance, min ≥ max, or fewer than 2 steps
     */
    public static PhaseMap compute(Activation phi, double biasVariance, double min, double max, int steps) {
        MeanField.requireVariance("--bias-var (σ_b²)", biasVariance);
        MeanField.requireVariance("--weight-var-min (σ_w²)", min);
        MeanField.requireVariance("--weight-var-max (σ_w²)", max);
        if (!(min < max)) {
            throw new IllegalArgumentException("--weight-var-min must be below --weight-var-max, got "
                    + min + " and " + max);
        }
        if (steps < 2 || steps > 100_000) {
            throw new IllegalArgumentException("--steps must be between 2 and 100000, got " + steps);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            double w = min + (max - min) * i / (steps - 1);
            MeanField m = new MeanField(phi, w, biasVariance);
            rows.add(new Row(w, biasVariance, m.fixedLength(), m.chi1(), m.correlationDepthScale()));
        }
        double critical = Double.NaN;
        for (int i = 1; i < rows.size(); i++) {
            double before = rows.get(i - 1).chi1() - 1;
            double after = rows.get(i).chi1() - 1;
            if (before == 0) {
                critical = rows.get(i - 1).sigmaW2();
                break;
            }
            if (Math.signum(before) != Math.signum(after)) {
                critical = MeanField.criticalWeightVariance(phi, biasVariance, rows.get(i - 1).sigmaW2(),
                        rows.get(i).sigmaW2(), 1e-6);
                break;
            }
        }
        return new PhaseMap(phi, biasVariance, rows, critical);
    }

    /** φ, the activation every row's {@link MeanField} was computed for. */
    public Activation activation() {
        return phi;
    }

    /** σ_b² = Var(b), the same for every row (each row's {@code sigmaB2}). */
    public double biasVariance() {
        return biasVariance;
    }

    /** The rows, σ_w² ascending. */
    public List<Row> rows() {
        return rows;
    }

    /** The first σ_w² of the grid where χ₁ crosses 1 (to 1e-6), or NaN when it does not cross 1 on the grid. */
    public double criticalWeightVariance() {
        return critical;
    }
}
