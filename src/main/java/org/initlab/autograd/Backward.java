package org.initlab.autograd;

/**
 * The backward rule of an op you define yourself with {@link Tensor#fromOp}: given dL/d(output), add each parent's
 * share dL/d(parent) into that parent with {@link Tensor#addToGrad}.
 *
 * <p>It runs with graph recording off, so it may use the tensor ops and {@code get} freely. Example, y = x³
 * elementwise, whose rule is dx += 3x² ⊙ dy:
 * <pre>{@code
 * import java.util.List;
 * import org.initlab.autograd.Tensor;
 *
 * static Tensor cube(Tensor x) {
 *     double[][] y = x.toArray();
 *     for (double[] row : y) {
 *         for (int j = 0; j < row.length; j++) {
 *             row[j] = row[j] * row[j] * row[j];
 *         }
 *     }
 *     return Tensor.fromOp(y, List.of(x), dY -> x.addToGrad(x.multiply(x).scale(3).multiply(dY)));
 * }
 * }</pre>
 * and {@code GradientCheck.check(() -> cube(x), x).passed()} confirms the rule.
 */
@FunctionalInterface
public interface Backward {
    /**
     * Adds this op's contribution into its parents' gradients.
     *
     * @param outputGrad dL/d(output), the shape of the op's output (not modified: it is the output's gradient itself)
     */
    void apply(Tensor outputGrad);
}
