package org.initlab.theory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.initlab.activation.Activation;
import org.initlab.init.Initializer;

/**
 * Predicts how an initialization scheme propagates signals through a network at initialization (mean-field
 * theory: Poole et al. 2016, Schoenholz et al. 2017), layer by layer.
 *
 * <p><b>Forward.</b> Layer l computes zₗ = aₗ₋₁·Wₗ + bₗ. With independent zero-mean weights of variance vₗ,
 * each of the fanIn terms contributes vₗ·E[aₗ₋₁²], so
 * <pre>  qₗ = Var(zₗ) = fanInₗ·vₗ·E[φ(√qₗ₋₁·ξ)²] + σ_b²,   ξ ~ N(0, 1)</pre>
 * with a₀ = x (E[x²] given) for the first layer. σ_w² = fanIn·v is the usual "weight variance" of the theory;
 * the expectation is computed in closed form for linear and ReLU and numerically otherwise.
 *
 * <p><b>Backward.</b> dL/daₗ₋₁ = (dL/dzₗ)·Wₗᵀ and dL/dzₗ = dL/daₗ ⊙ φ'(zₗ), so each of the fanOut units of
 * layer l contributes and
 * <pre>  Var(dL/daₗ₋₁) = χₗ·Var(dL/daₗ),   χₗ = fanOutₗ·vₗ·E[φ'(√qₗ·ξ)²].</pre>
 * χ &lt; 1 at every layer: gradients vanish towards the input; χ &gt; 1: they explode. The prediction holds for
 * wide layers and weights independent of the signal, i.e. at initialization.
 */
public final class SignalPropagation {
    private final List<LayerPrediction> layers;

    private SignalPropagation(List<LayerPrediction> layers) {
        this.layers = Collections.unmodifiableList(layers);
    }

    /**
     * @param inputSize         features of the input
     * @param widths            hidden widths
     * @param inputSecondMoment E[x²] of the input entries (1 for unit Gaussian input)
     * @param biasVariance      σ_b² (0 for zero biases)
     * @throws IllegalArgumentException when the initializer's weights are not zero-mean with a known variance
     */
    public static SignalPropagation predict(int inputSize, List<Integer> widths, Activation phi, Initializer weights,
                                            double biasVariance, double inputSecondMoment) {
        int depth = widths.size();
        double[] q = new double[depth];
        double[] v = new double[depth];
        double[] chi = new double[depth];
        double secondMoment = inputSecondMoment;
        int fanIn = inputSize;
        for (int l = 0; l < depth; l++) {
            int fanOut = widths.get(l);
            double mean = weights.expectedMean(fanIn, fanOut);
            double std = weights.expectedStd(fanIn, fanOut);
            if (!(Math.abs(mean) < 1e-12) || !Double.isFinite(std)) {
                throw new IllegalArgumentException("theory: " + weights.name() + " does not give zero-mean weights "
                        + "of a known variance, so the mean-field prediction does not apply");
            }
            v[l] = std * std;
            q[l] = fanIn * v[l] * secondMoment + biasVariance;
            secondMoment = GaussianMoments.secondMoment(phi, q[l]);
            fanIn = fanOut;
        }
        for (int l = 0; l < depth; l++) {
            // the layer above l (l+1) carries the gradient from a_{l+1} down to a_l; its fanOut is widths[l+1]
            chi[l] = GaussianMoments.derivativeSecondMoment(phi, q[l]) * v[l] * widths.get(l);
        }
        double[] gradVariance = new double[depth];
        gradVariance[depth - 1] = 1.0;
        for (int l = depth - 1; l > 0; l--) {
            gradVariance[l - 1] = gradVariance[l] * chi[l];
        }
        List<LayerPrediction> out = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            double mean = GaussianMoments.mean(phi, q[l]);
            double var = Math.max(0, GaussianMoments.secondMoment(phi, q[l]) - mean * mean);
            out.add(new LayerPrediction(l + 1, Math.sqrt(q[l]), mean, Math.sqrt(var), chi[l],
                    Math.sqrt(gradVariance[l])));
        }
        return new SignalPropagation(out);
    }

    /** One prediction per hidden layer, the first hidden layer first. */
    public List<LayerPrediction> layers() {
        return layers;
    }

    /** What happens to a signal over the network's depth. */
    public enum Trend {
        /** Shrinks below 1/factor of its start. */
        VANISHES,
        /** Stays within a factor of its start. */
        PRESERVED,
        /** Grows beyond factor times its start. */
        EXPLODES;

        static Trend of(double ratio, double factor) {
            return ratio < 1 / factor ? VANISHES : ratio > factor ? EXPLODES : PRESERVED;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Forward: the last hidden layer's pre-activation std over the first's, judged against {@code factor}. */
    public Trend forwardTrend(double factor) {
        return Trend.of(last().preActivationStd() / layers.get(0).preActivationStd(), factor);
    }

    /** Backward: the first hidden layer's gradient std over the last's (1), judged against {@code factor}. */
    public Trend backwardTrend(double factor) {
        return Trend.of(layers.get(0).gradientStd() / last().gradientStd(), factor);
    }

    /**
     * The first hidden layer (1-based) whose pre-activation std is beyond {@code factor} times (or below
     * 1/factor of) the first layer's, or −1 if none is.
     */
    public int forwardDepthBeyond(double factor) {
        double first = layers.get(0).preActivationStd();
        for (LayerPrediction p : layers) {
            double r = p.preActivationStd() / first;
            if (r > factor || r < 1 / factor) {
                return p.layer();
            }
        }
        return -1;
    }

    private LayerPrediction last() {
        return layers.get(layers.size() - 1);
    }
}
