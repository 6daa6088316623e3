package org.initlab.theory;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.initlab.init.Initializer;
import org.initlab.init.Normal;
import org.initlab.init.Orthogonal;
import org.initlab.init.Sparse;
import org.initlab.init.TruncatedNormal;
import org.initlab.init.Uniform;
import org.initlab.init.VarianceScaling;
import org.initlab.init.WeightDistribution;

/**
 * The probability density of a single weight under a scheme, for drawing over a histogram.
 * <ul>
 *   <li>uniform on mean ± b: 1/(2b) inside, 0 outside;</li>
 *   <li>normal: the Gaussian density of the scheme's mean and std;</li>
 *   <li>truncated normal: the Gaussian density renormalized inside the cut;</li>
 *   <li>orthogonal: approximately N(0, gain²/max(fanIn, fanOut)) for large layers;</li>
 *   <li>sparse: the continuous part, (1 − zero fraction) times its normal density (the zeros are a point mass).</li>
 * </ul>
 * Returns null for point masses (zeros, constants, identity) and data-dependent schemes.
 */
public final class WeightDensity {
    private WeightDensity() {
    }

    /** The density p(w) of one weight of a fanIn × fanOut layer under {@code init}, or null for a point mass. */
    public static DoubleUnaryOperator of(Initializer init, int fanIn, int fanOut) {
        double mean = init.expectedMean(fanIn, fanOut);
        double std = init.expectedStd(fanIn, fanOut);
        double bound = init.bound(fanIn, fanOut);
        boolean uniform = init instanceof Uniform
                || (init instanceof VarianceScaling scaling && scaling.distribution() == WeightDistribution.UNIFORM);
        if (uniform) {
            return x -> Math.abs(x - mean) <= bound ? 1 / (2 * bound) : 0;
        }
        if (!(std > 0) || !Double.isFinite(std)) {
            return null;
        }
        if (init instanceof TruncatedNormal) {
            TruncatedNormal t = (TruncatedNormal) init;
            return truncatedNormal(mean, t.std(), t.cut());
        }
        if (init instanceof VarianceScaling
                && ((VarianceScaling) init).distribution() == WeightDistribution.TRUNCATED_NORMAL) {
            return truncatedNormal(mean, std / TruncatedNormal.stdFactor(2), 2);
        }
        if (init instanceof Sparse) {
            Sparse sparse = (Sparse) init;
            double keep = 1 - sparse.zeroFraction(fanIn);
            NormalDistribution n = NormalDistribution.of(0, sparse.std());
            return x -> keep * n.density(x);
        }
        if ((init instanceof Normal || init instanceof VarianceScaling || init instanceof Orthogonal)
                && std > 0 && Double.isFinite(std)) {
            NormalDistribution n = NormalDistribution.of(mean, std);
            return n::density;
        }
        return null;
    }

    private static DoubleUnaryOperator truncatedNormal(double mean, double sigma, double cut) {
        NormalDistribution n = NormalDistribution.of(mean, sigma);
        double mass = 2 * NormalDistribution.of(0, 1).cumulativeProbability(cut) - 1;
        return x -> Math.abs(x - mean) <= cut * sigma ? n.density(x) / mass : 0;
    }
}
