package org.initlab.init;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The general form behind Xavier, He, LeCun and PyTorch's default: weights of mean 0 and
 * <b>variance = scale / fan</b>, with fan chosen by the {@link FanMode}.
 * <ul>
 *   <li>uniform: U(−b, b) with b = √(3·scale/fan) (a uniform on ±b has variance b²/3);</li>
 *   <li>normal: N(0, std²) with std = √(scale/fan);</li>
 *   <li>truncated-normal: N(0, s²) cut at ±2s with s = √(scale/fan)/0.8796, so that the truncated weights keep
 *       variance scale/fan (as Keras does).</li>
 * </ul>
 * Name {@code variance-scaling}, parameters {@code scale} (1), {@code mode} (fan-in),
 * {@code distribution} (truncated-normal) — Keras's {@code VarianceScaling} defaults.
 *
 * <table>
 *   <caption>The named presets</caption>
 *   <tr><th>preset</th><th>scale</th><th>mode</th><th>distribution</th></tr>
 *   <tr><td>xavier-uniform / xavier-normal</td><td>gain²</td><td>fan-avg</td><td>uniform / normal</td></tr>
 *   <tr><td>he-uniform / he-normal</td><td>2/(1+a²)</td><td>fan-in (or fan-out)</td><td>uniform / normal</td></tr>
 *   <tr><td>lecun-uniform / lecun-normal</td><td>1</td><td>fan-in</td><td>uniform / normal</td></tr>
 *   <tr><td>legacy-default</td><td>1/3</td><td>fan-in</td><td>uniform</td></tr>
 * </table>
 */
public class VarianceScaling implements Initializer {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "distribution with variance scale/fan";

    /** Two-std truncation keeps 0.8796 of N(0,1)'s std; the normal is widened by its inverse. */
    private static final double TRUNCATION_CUT = 2.0;

    private final double scale;
    private final FanMode mode;
    private final WeightDistribution distribution;

    /** Variance scale / fan (fan by {@code mode}), drawn from {@code distribution} with that variance. */
    public VarianceScaling(double scale, FanMode mode, WeightDistribution distribution) {
        this.scale = Check.positive("variance-scaling", "scale", scale);
        this.mode = mode;
        this.distribution = distribution;
    }

    /** The numerator of variance = scale / fan: gain² for Xavier, 2/(1 + a²) for He, 1 for LeCun (positive). */
    public double scale() {
        return scale;
    }

    /** Which fan divides the scale: fanIn, fanOut or their mean. */
    public FanMode mode() {
        return mode;
    }

    /** The shape the weights are drawn from; every shape has the same variance scale / fan. */
    public WeightDistribution distribution() {
        return distribution;
    }

    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        Check.length(name(), weights, fanIn, fanOut);
        double std = expectedStd(fanIn, fanOut);
        int n = fanIn * fanOut;
        switch (distribution) {
            case UNIFORM:
                double b = bound(fanIn, fanOut);
                for (int i = 0; i < n; i++) {
                    weights[i] = b * (2 * random.nextDouble() - 1);
                }
                break;
            case NORMAL:
                for (int i = 0; i < n; i++) {
                    weights[i] = std * random.nextGaussian();
                }
                break;
            default:
                double widened = std / TruncatedNormal.stdFactor(TRUNCATION_CUT);
                for (int i = 0; i < n; i++) {
                    weights[i] = widened * TruncatedNormal.draw(random, TRUNCATION_CUT);
                }
        }
    }

    @Override
    public String name() {
        return "variance-scaling";
    }

    @Override
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return Formula.render(FORMULA, "scale", scale).replace("distribution", distribution.toString())
                .replace("/fan", "/" + mode);
    }

    /** A number with at most 4 significant digits and no trailing zeros: 2, 0.01, 1.667. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
    }

    @Override
    public double expectedMean(int fanIn, int fanOut) {
        return 0;
    }

    @Override
    public double expectedStd(int fanIn, int fanOut) {
        Check.fans(name(), fanIn, fanOut);
        return Math.sqrt(scale / mode.fan(fanIn, fanOut));
    }

    @Override
    public double bound(int fanIn, int fanOut) {
        double std = expectedStd(fanIn, fanOut);
        switch (distribution) {
            case UNIFORM:
                return Math.sqrt(3) * std;
            case NORMAL:
                return Double.POSITIVE_INFINITY;
            default:
                return TRUNCATION_CUT * std / TruncatedNormal.stdFactor(TRUNCATION_CUT);
        }
    }
}
