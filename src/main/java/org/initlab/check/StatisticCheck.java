package org.initlab.check;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.initlab.diagnostics.LayerStatistic;
import org.initlab.diagnostics.LayerStats;

/**
 * Checks a student's dead-unit statistic (assignment D): the fraction of a layer's units whose activation is exactly 0
 * for every example of the batch. Hand-made layers with known answers, one where rows and columns give different
 * answers (a unit is a column), units alive in a single example, the input left unchanged, and a large random layer
 * against {@link LayerStats#deadFraction}.
 */
public final class StatisticCheck {
    /** The plan's spec. */
    public static final String SPEC = "statistic:dead-units";
    /** The criteria, in the order they run. */
    public static final List<String> CRITERIA = List.of("hand-made layers", "a unit is a column",
            "alive when nonzero in any example", "input not modified", "a large random layer");

    private StatisticCheck() {
    }

    /** The plan: a {@link LayerStatistic} measuring the dead-unit fraction. */
    static CheckPlan plan() {
        return new CheckPlan(SPEC, "as the dead-unit fraction", LayerStatistic.class, "statistic", CRITERIA);
    }

    /** Every criterion with its verdict, numbers and hint, run in this JVM. */
    public static List<Criterion> check(LayerStatistic student) {
        return Step.runAll(steps(), student);
    }

    /**
     * One {@link Step} per name of {@link #CRITERIA}, in that order: what {@link GraderWorker} runs in the sandbox's
     * separate JVM, and {@link #check} in this one.
     */
    public static List<Step<LayerStatistic>> steps() {
        return List.of(new Step<>(CRITERIA.get(0), StatisticCheck::handMade),
                new Step<>(CRITERIA.get(1), StatisticCheck::columns),
                new Step<>(CRITERIA.get(2), StatisticCheck::aliveOnce),
                new Step<>(CRITERIA.get(3), StatisticCheck::unchanged),
                new Step<>(CRITERIA.get(4), StatisticCheck::large));
    }

    private static Outcome handMade(LayerStatistic s) {
        double[][] cases = {
            {0, 1, 0, 2, 3, 0, 4, 0, 5, 6, 0, 0, 0, 1, 1, 0, 2, 0, 3, 1}, // 4 × 5, units 0 and 2 dead: 0.4
            {0, 0, 0, 0, 0, 0}, // 2 × 3, all dead: 1
            {1, 2, 3, 4, 5, 6}, // 2 × 3, none dead: 0
        };
        int[][] shapes = {{4, 5}, {2, 3}, {2, 3}};
        double[] answers = {0.4, 1, 0};
        for (int k = 0; k < cases.length; k++) {
            Outcome o = compare(s, cases[k], shapes[k][0], shapes[k][1], answers[k]);
            if (!o.passed()) {
                return o;
            }
        }
        return Outcome.pass("0.4, 1 and 0 on three hand-made layers");
    }

    private static Outcome columns(LayerStatistic s) {
        // 3 examples × 6 units: units 0, 2 and 5 are zero in every example (1/2); no example is all zero
        double[] a = {0, 1, 0, 2, 3, 0, 0, 0, 0, 1, 1, 0, 0, 2, 0, 0, 1, 0};
        return compare(s, a, 3, 6, 0.5);
    }

    private static Outcome aliveOnce(LayerStatistic s) {
        // 5 examples × 4 units: unit 0 nonzero only in the last example, unit 1 only in the first, unit 2 negative
        // once, unit 3 dead: 1/4
        double[] a = new double[20];
        a[4 * 4] = 0.5;
        a[1] = 2;
        a[2 * 4 + 2] = -0.1;
        return compare(s, a, 5, 4, 0.25);
    }

    private static Outcome unchanged(LayerStatistic s) {
        double[] a = randomLayer(50, 20, 3);
        double[] copy = a.clone();
        s.measure(a, 50, 20);
        return Outcome.of(Arrays.equals(a, copy), Arrays.equals(a, copy) ? "the activations are the same afterwards"
                : "measure changed the activations it was given",
                "a statistic only reads: the same activations feed the next layer and the plots");
    }

    private static Outcome large(LayerStatistic s) {
        double[] a = randomLayer(500, 64, 4);
        return compare(s, a, 500, 64, LayerStats.deadFraction(a, 500, 64));
    }

    /** ReLU of normal draws, with every third unit (column) set to 0 for all examples. */
    private static double[] randomLayer(int rows, int units, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[rows * units];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < units; j++) {
                a[i * units + j] = j % 3 == 1 ? 0 : Math.max(0, r.nextGaussian()) + (i == j % rows ? 1 : 0);
            }
        }
        return a;
    }

    private static Outcome compare(LayerStatistic s, double[] a, int rows, int units, double expected) {
        double got = s.measure(a.clone(), rows, units);
        String detail = String.format(Locale.ROOT, "a %d×%d layer (examples × units): yours %s, expected %s", rows,
                units, got, expected);
        if (Math.abs(got - expected) <= 1e-12) {
            return Outcome.pass(detail);
        }
        return Outcome.fail(detail, hint(a, rows, units, got, expected));
    }

    private static String hint(double[] a, int rows, int units, double got, double expected) {
        if (got == 0 && expected > 0 && expected < 1) {
            return "0 where some units are dead: an integer division? dead / units with ints is 0 — write "
                    + "(double) dead / units";
        }
        if (Math.abs(got - expected * units) < 1e-9) {
            return "that is the number of dead units: divide by the number of units to get the fraction";
        }
        if (Math.abs(got - LayerStats.deadFraction(transpose(a, rows, units), units, rows)) < 1e-12) {
            return "that is the fraction of all-zero examples (rows): "
                    + "a unit is a column, a[i * units + j] is unit j on example i";
        }
        return "a unit is dead only when its activation is 0 in every example: "
                + "check all rows (i < rows) of each column";
    }

    private static double[] transpose(double[] a, int rows, int units) {
        double[] t = new double[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < units; j++) {
                t[j * rows + i] = a[i * units + j];
            }
        }
        return t;
    }
}
