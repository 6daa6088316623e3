package org.initlab.init;

import java.util.random.RandomGenerator;

/**
 * Sparse (Martens 2010, "Deep learning via Hessian-free optimization"): in each unit's incoming weights (a column
 * of W), ⌈fraction·fanIn⌉ randomly chosen entries are 0 and the others are drawn from N(0, std²). Martens gave
 * every unit a fixed small number of non-zero inputs so that units differ strongly from the start without large
 * total input; initlab follows him. PyTorch's {@code sparse_} zeroes the same fraction per column of the tensor it
 * is given, and {@code nn.Linear} stores its weight as out × in: there it zeroes, for each <em>input</em>, a
 * fraction of its outgoing weights (the transpose of this class). Mean 0, variance (1 − ⌈fraction·fanIn⌉/fanIn)·std².
 * Parameters {@code fraction} (of zeros, in [0, 1), default 0.9) and {@code std} (default 0.01).
 */
public final class Sparse implements Initializer {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "per unit, ⌈fraction·fanIn⌉ zeros, the rest N(0, std²)";

    private final double fraction;
    private final double std;

    /** ⌈fraction·fanIn⌉ zeros per column, the rest N(0, std²); fraction in [0, 1), std > 0. */
    public Sparse(double fraction, double std) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("sparse: fraction (of zeros) must be in [0, 1), got " + fraction);
        }
        this.fraction = fraction;
        this.std = Check.nonNegative("sparse", "std", std);
    }

    /** The fraction of each unit's incoming weights that are zero, ⌈fraction·fanIn⌉/fanIn. */
    public double zeroFraction(int fanIn) {
        return (double) zerosPerUnit(fanIn) / fanIn;
    }

    /** The std of the non-zero weights. */
    public double std() {
        return std;
    }

    private int zerosPerUnit(int fanIn) {
        return (int) Math.ceil(fraction * fanIn);
    }

    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        Check.length(name(), weights, fanIn, fanOut);
        int zeros = zerosPerUnit(fanIn);
        int[] rows = new int[fanIn];
        for (int j = 0; j < fanOut; j++) {
            for (int i = 0; i < fanIn; i++) {
                weights[i * fanOut + j] = std * random.nextGaussian();
                rows[i] = i;
            }
            // a partial Fisher–Yates shuffle picks the rows to zero
            for (int k = 0; k < zeros; k++) {
                int pick = k + random.nextInt(fanIn - k);
                int t = rows[k];
                rows[k] = rows[pick];
                rows[pick] = t;
                weights[rows[k] * fanOut + j] = 0.0;
            }
        }
    }

    @Override
    public String name() {
        return "sparse";
    }

    @Override
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return Formula.render(FORMULA, "fraction", fraction) + " with std = " + std;
    }

    @Override
    public double expectedMean(int fanIn, int fanOut) {
        return 0;
    }

    @Override
    public double expectedStd(int fanIn, int fanOut) {
        return std * Math.sqrt(1.0 - (double) zerosPerUnit(fanIn) / fanIn);
    }
}
