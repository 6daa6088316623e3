package org.initlab.autograd;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * Checks an op's backward rule against central finite differences, in double precision: the test every op of this
 * package passes, and the one to run on an op you write yourself.
 *
 * <p>The op's output (any shape) is turned into a scalar L = Σ out ⊙ R with a fixed random matrix R, so that every
 * entry of dL/d(out) is non-zero and different. For every entry w of every input, backward()'s dL/dw is compared
 * with (L(w + h) − L(w − h)) / 2h, h = 1e-5, and the relative error is
 * |analytic − numeric| / max(|analytic| + |numeric|, 1e-6). A correct backward gives about 1e-9 or less; a wrong one
 * typically 1e-2 or more.
 * <pre>{@code
 * import org.initlab.autograd.GradientCheck;
 * import org.initlab.autograd.Tensor;
 *
 * Tensor x = Tensor.parameter(new double[][] {{0.5, -1.2}, {2.0, 0.3}});
 * GradientCheck.Result r = GradientCheck.check(() -> x.tanh(), x);
 * System.out.println(r.message());   // "gradient check passed: max relative error 2.7e-10 ..."
 * }</pre>
 */
public final class GradientCheck {
    /** The relative error below which {@link Result#passed()} holds. */
    public static final double TOLERANCE = 1e-6;
    private static final double STEP = 1e-5;
    private static final long PROJECTION_SEED = 20261130L;

    private GradientCheck() {
    }

    /**
     * The outcome of a check: the worst entry found and its two derivatives.
     *
     * @param maxRelativeError the largest relative error over all entries of all inputs
     * @param input            index of the input holding the worst entry
     * @param row              its row
     * @param col              its column
     * @param analytic         dL/dw there from backward()
     * @param numeric          dL/dw there from finite differences
     */
    public record Result(double maxRelativeError, int input, int row, int col, double analytic, double numeric) {
        /** Whether the largest relative error is below {@link GradientCheck#TOLERANCE} (NaN fails). */
        public boolean passed() {
            return maxRelativeError < TOLERANCE;
        }

        /** One line for a student: passed, or which entry is wrong and by how much. */
        public String message() {
            String worst = String.format(Locale.ROOT, "input %d entry (%d, %d): backward gives %.6g, "
                    + "finite differences give %.6g", input, row, col, analytic, numeric);
            String line = passed()
                    ? String.format(Locale.ROOT, "gradient check passed: max relative error %.2g (tolerance %.0e; "
                    + "worst at %s)", maxRelativeError, TOLERANCE, worst)
                    : String.format(Locale.ROOT, "gradient check FAILED: relative error %.2g > tolerance %.0e at %s; "
                    + "look at the backward rule for that input", maxRelativeError, TOLERANCE, worst);
            return line.replaceAll("e([+-])0*(\\d)", "e$1$2");   // 1e-06 → 1e-6
        }

        @Override
        public String toString() {
            return message();
        }
    }

    /**
     * Checks the backward rule of {@code op}, which computes its output from {@code inputs}: each call must rebuild
     * the output from the inputs' current values. Inputs are parameters ({@link Tensor#parameter}); their values
     * are restored and their gradients zeroed before the check and left holding dL/dw after it.
     */
    public static Result check(Supplier<Tensor> op, Tensor... inputs) {
        return check(op, List.of(inputs));
    }

    /** {@link #check(Supplier, Tensor...)} for a list of inputs. */
    public static Result check(Supplier<Tensor> op, List<Tensor> inputs) {
        for (int k = 0; k < inputs.size(); k++) {
            if (!inputs.get(k).requiresGrad()) {
                throw new IllegalArgumentException("gradient check: input " + k + " (" + inputs.get(k) + ") is a "
                        + "constant and takes no gradient; make it with Tensor.parameter");
            }
        }
        Tensor first = op.get();
        Tensor projection = randomProjection(first.rows(), first.cols(), new SplittableRandom(PROJECTION_SEED));
        return compare(() -> op.get().multiply(projection).sum(), inputs);
    }

    /**
     * The largest relative error of a scalar {@code loss} (rebuilt from the parameters at every call) over every
     * entry of {@code parameters}; the op tests of this package use it with their own projections.
     */
    public static double maxRelativeError(Supplier<Tensor> loss, List<Tensor> parameters) {
        return compare(loss, parameters).maxRelativeError();
    }

    private static Result compare(Supplier<Tensor> loss, List<Tensor> inputs) {
        for (Tensor p : inputs) {
            p.zeroGrad();
        }
        Tensor l = loss.get();
        if (!l.requiresGrad()) {
            throw new IllegalArgumentException("gradient check: the output does not depend on any input "
                    + "(or was computed inside Graph.noGrad())");
        }
        l.backward();
        Result worst = new Result(0, 0, 0, 0, 0, 0);
        for (int k = 0; k < inputs.size(); k++) {
            Tensor p = inputs.get(k);
            double[] w = p.value().data;
            for (int i = 0; i < p.value().getNumElements(); i++) {
                double analytic = p.grad() == null ? 0 : p.grad().data[i];
                double saved = w[i];
                w[i] = saved + STEP;
                double plus = loss.get().item();
                w[i] = saved - STEP;
                double minus = loss.get().item();
                w[i] = saved;
                double numeric = (plus - minus) / (2 * STEP);
                double error = Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), 1e-6);
                boolean worse = Double.isNaN(error) ? !Double.isNaN(worst.maxRelativeError())
                        : error > worst.maxRelativeError();   // a NaN error is the worst and must not pass
                if (worse) {
                    worst = new Result(error, k, i / p.cols(), i % p.cols(), analytic, numeric);
                }
            }
        }
        return worst;
    }

    /** A parameter with entries drawn uniformly from (low, high). */
    public static Tensor randomParameter(int rows, int cols, RandomGenerator random, double low, double high) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = low + (high - low) * random.nextDouble();
        }
        return Tensor.parameter(m);
    }

    /** A constant with N(0, 1) entries, used to project a matrix output onto a scalar: Σ out ⊙ r. */
    public static Tensor randomProjection(int rows, int cols, RandomGenerator random) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = random.nextGaussian();
        }
        return Tensor.constant(m);
    }
}
