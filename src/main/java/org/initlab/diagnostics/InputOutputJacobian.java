package org.initlab.diagnostics;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.initlab.activation.Activation;
import org.initlab.init.DataDependent;
import org.initlab.init.Initializer;
import org.initlab.random.RandomStreams;

/**
 * The input–output Jacobian of a freshly initialized deep network at one input, and its singular values
 * (dynamical isometry: Saxe et al. 2013; Pennington, Schoenholz &amp; Ganguli 2017).
 *
 * <p>The network has {@code depth} square layers of {@code width} units, zero biases, and maps a row vector
 * h₀ = x ~ N(0, q₀·I) by hₗ = φ(zₗ), zₗ = hₗ₋₁·Wₗ. By the chain rule
 * <pre>  J = ∂h_L/∂h₀ = W₁·D₁·W₂·D₂ ··· W_L·D_L,   Dₗ = diag(φ'(zₗ)),</pre>
 * so a deep network is isometric (every singular value of J equal to 1: every direction of the input reaches the
 * output, and every gradient the input, with its length kept) only when each Wₗ·Dₗ is nearly orthogonal. The mean of
 * the squared singular values, (1/N)·tr(JᵀJ), grows or shrinks like χ^L (lesson 4's χ); the spread max/min says how
 * unequal the directions are, which the mean alone hides.
 *
 * <p>Layer l takes its weights from the stream ("weights", l − 1) of the seed, the input from ("input", 0).
 */
public final class InputOutputJacobian {
    /** The widest Jacobian computed: its product costs depth·width³ operations and its SVD width³. */
    public static final int MAX_WIDTH = 1000;

    /**
     * The singular values (largest first) and their summaries.
     *
     * @param meanSquare (1/N)·Σ sᵢ², the mean squared singular value
     * @param spread     max/min (∞ when the smallest is 0; beyond ~10¹⁵ it only says the smallest is lost in rounding)
     * @param middleSpread the 90th percentile over the 10th: the spread of the bulk, robust to rounding and to a few
     *                   outliers
     */
    public record Result(double[] singularValues, double meanSquare, double max, double min, double spread,
                         double middleSpread) {
        /**
         * The share of singular values below {@link #LOST} times the largest: input directions that do not reach the
         * output.
         */
        public double lostShare() {
            int lost = 0;
            for (double v : singularValues) {
                if (!(v >= LOST * max)) {
                    lost++;
                }
            }
            return (double) lost / singularValues.length;
        }
    }

    private InputOutputJacobian() {
    }

    /**
     * Builds the network, computes J at a random input, and returns its singular values.
     *
     * @throws IllegalArgumentException for depth or width below 1, a width above {@link #MAX_WIDTH}, or a
     *                                  data-dependent initializer
     */
    public static Result measure(Activation phi, Initializer weights, int depth, int width, long seed) {
        return measure(phi, weights, depth, width, 1.0, seed);
    }

    /**
     * The same at an input of variance {@code inputVariance} per unit (q₀): tanh is nearly linear, and so nearly
     * isometric with orthogonal weights, only where its pre-activations are small (Pennington et al. 2017's small q*).
     */
    public static Result measure(Activation phi, Initializer weights, int depth, int width,
            double inputVariance, long seed) {
        if (!(inputVariance > 0) || !Double.isFinite(inputVariance)) {
            throw new IllegalArgumentException("--input-var must be a positive number, got " + inputVariance);
        }
        if (depth < 1) {
            throw new IllegalArgumentException("--depth must be at least 1 (layers between input and output), got "
                    + depth);
        }
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("--width must be between 1 and " + MAX_WIDTH + ", got " + width
                    + (width > MAX_WIDTH
                            ? "; the singular values of a " + width + "×" + width + " Jacobian take too long "
                    + "(the cost grows like width³)" : ""));
        }
        if (weights instanceof DataDependent) {
            throw new IllegalArgumentException(weights.name() + " needs data to calibrate on; "
                    + "the Jacobian is measured on a data-free network: choose another --init");
        }
        RandomGenerator input = RandomStreams.of(seed, "input", 0);
        DMatrixRMaj h = new DMatrixRMaj(1, width);
        for (int i = 0; i < width; i++) {
            h.data[i] = Math.sqrt(inputVariance) * input.nextGaussian();
        }
        DMatrixRMaj jacobian = CommonOps_DDRM.identity(width);
        DMatrixRMaj w = new DMatrixRMaj(width, width);
        DMatrixRMaj z = new DMatrixRMaj(1, width);
        DMatrixRMaj product = new DMatrixRMaj(width, width);
        for (int l = 0; l < depth; l++) {
            weights.fill(w.data, width, width, RandomStreams.of(seed, "weights", l));
            // z = h·W
            CommonOps_DDRM.mult(h, w, z);
            // J ← J·W, then J ← J·D (column j scaled by φ'(z_j))
            CommonOps_DDRM.mult(jacobian, w, product);
            for (int j = 0; j < width; j++) {
                double a = phi.apply(z.data[j]);
                double slope = phi.derivative(z.data[j], a);
                h.data[j] = a;
                for (int i = 0; i < width; i++) {
                    product.data[i * width + j] *= slope;
                }
            }
            DMatrixRMaj swap = jacobian;
            jacobian = product;
            product = swap;
        }
        return summarize(singularValues(jacobian));
    }

    /** The singular values of a square matrix (not modified), largest first. */
    static double[] singularValues(DMatrixRMaj m) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m.numRows, m.numCols,
                false, false, true);
        if (!svd.decompose(m.copy())) {
            throw new IllegalStateException("jacobian: the singular value decomposition did not converge");
        }
        double[] s = Arrays.copyOf(svd.getSingularValues(), svd.numberOfSingularValues());
        Arrays.sort(s);
        for (int i = 0; i < s.length / 2; i++) {
            double t = s[i];
            s[i] = s[s.length - 1 - i];
            s[s.length - 1 - i] = t;
        }
        return s;
    }

    static Result summarize(double[] s) {
        double sumSquares = 0;
        for (double v : s) {
            sumSquares += v * v;
        }
        double max = s[0];
        double min = s[s.length - 1];
        double p90 = s[(int) Math.floor(0.1 * (s.length - 1))];
        double p10 = s[(int) Math.ceil(0.9 * (s.length - 1))];
        return new Result(s, sumSquares / s.length, max, min, min > 0 ? max / min : Double.POSITIVE_INFINITY,
                p10 > 0 ? p90 / p10 : Double.POSITIVE_INFINITY);
    }

    /**
     * Below this fraction of the largest singular value a direction counts as lost (in double precision, as good as 0).
     */
    public static final double LOST = 1e-10;
}
