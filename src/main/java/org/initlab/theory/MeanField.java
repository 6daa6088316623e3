package org.initlab.theory;

import java.util.Locale;
import org.initlab.activation.Activation;

/**
 * The edge of chaos (Poole et al. 2016; Schoenholz et al. 2017): how a deep, wide, random network with weights
 * W ~ N(0, σ_w²/fanIn) and biases b ~ N(0, σ_b²) propagates the length of one input and the overlap of two.
 *
 * <p><b>Length map.</b> With u ~ N(0, q) the pre-activation of one unit, the next layer's pre-activation variance is
 * <pre>  L(q) = σ_w²·E[φ(u)²] + σ_b²,</pre>
 * and deep in the network q settles at the stable fixed point q* = L(q*), approached like e^(−l/ξ_q) with
 * ξ_q = −1/ln L'(q*).
 *
 * <p><b>Correlation map.</b> Two inputs at length q* with correlation c give next-layer correlation
 * <pre>  C(c) = (σ_w²·E[φ(u₁)φ(u₂)] + σ_b²) / q*.</pre>
 * c = 1 is always a fixed point; its slope χ₁ = C'(1) = σ_w²·E[φ'(u)²] decides the phase:
 * χ₁ &lt; 1 ordered (every pair of inputs ends up identical, c* = 1, gradients vanish), χ₁ &gt; 1 chaotic (c = 1 is
 * unstable, pairs decorrelate to c* &lt; 1, gradients explode), χ₁ = 1 the critical line. Near c* the distance
 * shrinks like e^(−l/ξ_c) with ξ_c = −1/ln χ_c, χ_c = σ_w²·E[φ'(u₁)φ'(u₂)] at c*; ξ_c is infinite on the critical
 * line, and information about the input survives about ξ_c layers (Schoenholz et al.: trainable up to ≈ 6·ξ_c).
 *
 * <p>The same χ₁ is the backward factor of {@link SignalPropagation}: per layer the gradient's variance is multiplied
 * by χ₁ at the fixed point.
 */
public final class MeanField {
    /** Lengths beyond this count as having grown without bound (q* = ∞). */
    static final double UNBOUNDED = 1e12;
    private static final double TINY = 1e-12;
    private final Activation phi;
    private final double weightVariance;
    private final double biasVariance;
    private double fixedLength = Double.NaN;

    /**
     * @param weightVariance σ_w² = fanIn·Var(W), at least 0
     * @param biasVariance   σ_b² = Var(b), at least 0
     */
    public MeanField(Activation phi, double weightVariance, double biasVariance) {
        this.phi = phi;
        this.weightVariance = requireVariance("weight variance σ_w²", weightVariance);
        this.biasVariance = requireVariance("bias variance σ_b²", biasVariance);
    }

    static double requireVariance(String what, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number ≥ 0 (a variance, not a std), got " + v);
        }
        return v;
    }

    /** φ, applied by every layer; the class comment's E[φ(u)²] and E[φ'(u)²] are taken over it. */
    public Activation activation() {
        return phi;
    }

    /** σ_w² = fanIn·Var(W), as given to the constructor. */
    public double weightVariance() {
        return weightVariance;
    }

    /** σ_b² = Var(b), as given to the constructor. */
    public double biasVariance() {
        return biasVariance;
    }

    /** L(q) = σ_w²·E[φ(√q·z)²] + σ_b², z ~ N(0, 1). */
    public double lengthMap(double q) {
        return weightVariance * GaussianMoments.secondMoment(phi, q) + biasVariance;
    }

    /**
     * q*, the stable fixed point of the length map reached from small lengths: 0 when every length shrinks to 0
     * (e.g. tanh with σ_b² = 0 and σ_w² ≤ 1), +∞ when every length grows without bound (ReLU with σ_w² &gt; 2);
     * 1 when every length is a fixed point (ReLU with σ_w² = 2, σ_b² = 0: the input's own length stays).
     */
    public double fixedLength() {
        if (Double.isNaN(fixedLength)) {
            fixedLength = solveFixedLength();
        }
        return fixedLength;
    }

    private double solveFixedLength() {
        double previous = TINY;
        double gPrevious = lengthMap(previous) - previous;
        if (gPrevious <= 0) {
            return Math.abs(lengthMap(1) - 1) <= TINY ? 1 : 0;
        }
        for (double q = TINY * 4; q <= UNBOUNDED; q *= 4) {
            double g = lengthMap(q) - q;
            if (g <= 0) {
                return Roots.bracketed(x -> lengthMap(x) - x, previous, q, 1e-13 * q);
            }
            previous = q;
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * The length at which the slopes are evaluated: q*, a large length when q* is infinite, and a tiny one when q* is 0
     * (the limit q* → 0⁺, which for an activation with a kink at 0, such as SELU, averages both sides of the kink).
     */
    private double evaluationLength() {
        double q = fixedLength();
        return Double.isInfinite(q) ? UNBOUNDED : Math.max(q, TINY);
    }

    /** χ₁ = σ_w²·E[φ'(√q*·z)²]: the slope of the correlation map at c = 1, and the backward factor per layer. */
    public double chi1() {
        return weightVariance * GaussianMoments.derivativeSecondMoment(phi, evaluationLength());
    }

    /** L'(q*), by a central difference of the length map. */
    public double lengthSlope() {
        double q = evaluationLength();
        double h = Math.max(1e-7, 1e-4 * q);
        double lo = Math.max(0, q - h);
        return (lengthMap(q + h) - lengthMap(lo)) / (q + h - lo);
    }

    /** ξ_q = −1/ln L'(q*): the depth over which a length approaches q* (∞ where L'(q*) = 1). */
    public double lengthDepthScale() {
        return depthScale(lengthSlope());
    }

    /** C(c) = (σ_w²·E[φ(u₁)φ(u₂)] + σ_b²)/q* for two inputs at length q* with correlation c; NaN where q* is 0 or ∞. */
    public double correlationMap(double c) {
        double q = fixedLength();
        if (!(q > 0) || Double.isInfinite(q)) {
            return Double.NaN;
        }
        return (weightVariance * PairMoments.product(phi, q, c) + biasVariance) / q;
    }

    /** The phase: ordered (χ₁ &lt; 1), critical (|χ₁ − 1| ≤ 1e-6) or chaotic (χ₁ &gt; 1). */
    public Phase phase() {
        double chi = chi1();
        return Math.abs(chi - 1) <= 1e-6 ? Phase.CRITICAL : chi < 1 ? Phase.ORDERED : Phase.CHAOTIC;
    }

    /**
     * c*, the stable fixed point of the correlation map: 1 in the ordered and critical phases, below 1 in the
     * chaotic phase (1 also there when it lies within 1e-4 of 1, too close to resolve).
     */
    public double fixedCorrelation() {
        if (phase() != Phase.CHAOTIC || !(fixedLength() > 0) || Double.isInfinite(fixedLength())) {
            return 1;
        }
        double top = 1 - 1e-4;
        if (correlationMap(top) - top >= 0) {
            return 1;
        }
        double bottom = 0;
        if (correlationMap(bottom) - bottom < 0) {
            bottom = -1;
        }
        return Roots.bracketed(c -> correlationMap(c) - c, bottom, top, 1e-10);
    }

    /** χ_c = σ_w²·E[φ'(u₁)φ'(u₂)] at (q*, c*): the slope of the correlation map at its stable fixed point. */
    public double chiC() {
        double c = fixedCorrelation();
        if (c >= 1) {
            return chi1();
        }
        return weightVariance * PairMoments.derivativeProduct(phi, evaluationLength(), c);
    }

    /**
     * ξ_c, the depth over which two inputs' correlation approaches c*: −1/ln χ₁ in the ordered phase, −1/ln χ_c in the
     * chaotic phase (1/ln χ₁ where c* is within 1e-4 of 1), ∞ on the critical line; NaN where q* is infinite (the
     * lengths grow without bound, e.g. ReLU with σ_w² &gt; 2, and no correlation fixed point at finite length exists).
     */
    public double correlationDepthScale() {
        if (Double.isInfinite(fixedLength())) {
            return Double.NaN;
        }
        double chi = chi1();
        if (chi > 1 && fixedCorrelation() >= 1) {
            return depthScale(1 / chi);
        }
        return depthScale(chiC());
    }

    private static double depthScale(double slope) {
        double log = Math.log(slope);
        return Math.abs(log) < 1e-9 ? Double.POSITIVE_INFINITY : Math.abs(1 / log);
    }

    /**
     * Lengths and correlations of two inputs through {@code depth} layers, from squared length q₀ (per unit: |x|²/n)
     * and correlation c₀: element l of each array is layer l (0 = the inputs):
     * qₗ = L(qₗ₋₁), cₗ = (σ_w²·E[φ(u₁)φ(u₂)] + σ_b²)/qₗ with u's of variance qₗ₋₁ and correlation cₗ₋₁.
     */
    public double[][] propagatePair(double q0, double c0, int depth) {
        double[] q = new double[depth + 1];
        double[] c = new double[depth + 1];
        q[0] = q0;
        c[0] = c0;
        for (int l = 1; l <= depth; l++) {
            double covariance = weightVariance * PairMoments.product(phi, q[l - 1], c[l - 1]) + biasVariance;
            q[l] = lengthMap(q[l - 1]);
            c[l] = q[l] > 0 ? Math.min(1, covariance / q[l]) : 1;
        }
        return new double[][] {q, c};
    }

    /**
     * The σ_w² in [low, high] where χ₁ = 1 for this activation and σ_b², to within {@code tolerance}; NaN when χ₁
     * does not cross 1 in the interval.
     */
    public static double criticalWeightVariance(Activation phi, double biasVariance, double low, double high,
                                                double tolerance) {
        double lo = low;
        double hi = high;
        double chiLo = new MeanField(phi, lo, biasVariance).chi1() - 1;
        double chiHi = new MeanField(phi, hi, biasVariance).chi1() - 1;
        if (Math.signum(chiLo) == Math.signum(chiHi) && chiLo != 0) {
            return Double.NaN;
        }
        // bisection: χ₁ is not smooth where q* leaves 0, which would slow a chord method down
        while (hi - lo > tolerance) {
            double mid = (lo + hi) / 2;
            double chiMid = new MeanField(phi, mid, biasVariance).chi1() - 1;
            if (Math.signum(chiMid) == Math.signum(chiLo)) {
                lo = mid;
                chiLo = chiMid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** The two phases and the line between them. */
    public enum Phase {
        /** χ₁ &lt; 1: inputs converge to one point, gradients vanish. */
        ORDERED,
        /** χ₁ = 1: the edge of chaos. */
        CRITICAL,
        /** χ₁ &gt; 1: nearby inputs decorrelate, gradients explode. */
        CHAOTIC;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
