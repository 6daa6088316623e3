package org.initlab.autograd;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.initlab.activation.Activation;
import org.initlab.activation.Relu;
import org.initlab.activation.Sigmoid;
import org.initlab.activation.Tanh;

/**
 * A matrix in the computation graph: its value, the gradient of a scalar loss with respect to it, and the way
 * back to the tensors it was computed from.
 *
 * <p>Leaves are made with {@link #parameter} (learnable, gradients kept) or {@link #constant}/{@link #of} (inputs,
 * no gradient). Every op returns a new tensor whose backward rule <em>adds</em> its contribution into its parents'
 * gradients, so a tensor used twice receives both contributions. {@link #backward()} walks the graph in reverse
 * topological order. Gradients of parameters accumulate across calls until {@link #zeroGrad()}; intermediate
 * tensors are new for every forward pass, so their gradients (e.g. dL/dz of a layer) are those of the last
 * backward pass.
 *
 * <p>The ops read left to right as methods; each is the op class of the same name ({@link MatMul}, {@link AddBias},
 * {@link Activate}, ...), so both spellings give the same numbers bit for bit:
 * <pre>{@code
 * import org.initlab.autograd.Tensor;
 *
 * Tensor x = Tensor.of(new double[][] {{1, 2}, {3, 4}});        // 2 examples × 2 features
 * Tensor w = Tensor.parameter(new double[][] {{0.5}, {-0.25}});  // 2 × 1 weights
 * Tensor b = Tensor.parameter(new double[][] {{0.1}});           // 1 × 1 bias
 * Tensor loss = x.matmul(w).add(b).tanh().mean();               // mean of tanh(x·W + b)
 * loss.backward();
 * double dLdw0 = w.grad(0, 0);
 * }</pre>
 * Values and gradients are read with {@link #get}, {@link #grad(int, int)}, {@link #toArray()} and
 * {@link #gradToArray()}; {@link #value()} and {@link #grad()} give the EJML matrices themselves. To add an op of
 * your own, with its backward rule, see {@link #fromOp}.
 */
public final class Tensor {
    private final DMatrixRMaj value;
    private DMatrixRMaj grad;
    private final DMatrixRMaj gradStorage;
    private final Tensor[] parents;
    private final MatrixBackward backwardRule;
    private final boolean requiresGrad;

    private Tensor(DMatrixRMaj value, DMatrixRMaj gradStorage, boolean requiresGrad, Tensor[] parents,
                   MatrixBackward backwardRule) {
        this.value = value;
        this.gradStorage = gradStorage;
        this.requiresGrad = requiresGrad;
        this.parents = parents;
        this.backwardRule = backwardRule;
    }

    /** A learnable rows × cols matrix of zeros; its gradient is kept. */
    public static Tensor parameter(int rows, int cols) {
        Shapes.requirePositive("parameter", rows, cols);
        return new Tensor(new DMatrixRMaj(rows, cols), null, true, new Tensor[0], null);
    }

    /** A learnable tensor holding (not copying) {@code value}. */
    public static Tensor parameter(DMatrixRMaj value) {
        return new Tensor(value, null, true, new Tensor[0], null);
    }

    /** A learnable tensor holding a copy of {@code rows}, e.g. {@code Tensor.parameter(new double[][] {{0.5, -1}})}. */
    public static Tensor parameter(double[][] rows) {
        return parameter(Arrays2D.toMatrix("Tensor.parameter", rows));
    }

    /** An input that takes no gradient; holds (does not copy) {@code value}. */
    public static Tensor constant(DMatrixRMaj value) {
        return new Tensor(value, null, false, new Tensor[0], null);
    }

    /** A constant from rows of numbers, e.g. {@code Tensor.of(new double[][] {{1, 2}, {3, 4}})}. */
    public static Tensor of(double[][] rows) {
        return constant(Arrays2D.toMatrix("Tensor.of", rows));
    }

    /**
     * The output of an op you define yourself: {@code value} (copied) computed from {@code parents}, and the rule
     * that sends dL/d(output) back to them (an example in {@link Backward}). Like the built-in ops, the result
     * records the graph only when a parent takes a gradient and recording is on; otherwise it is a constant and
     * {@code backward} is never called. Check the rule with {@link GradientCheck#check}.
     */
    public static Tensor fromOp(double[][] value, List<Tensor> parents, Backward backward) {
        return fromOp(Arrays2D.toMatrix("fromOp", value), parents, backward);
    }

    /** {@link #fromOp(double[][], List, Backward)} with the value as an EJML matrix (held, not copied). */
    public static Tensor fromOp(DMatrixRMaj value, List<Tensor> parents, Backward backward) {
        MatrixBackward rule = dOut -> {
            try (Graph.NoGrad off = Graph.noGrad()) {
                backward.apply(constant(dOut));
            }
        };
        return fromMatrixOp(value, null, rule, parents.toArray(new Tensor[0]));
    }

    /**
     * The output of an op written on EJML matrices (every built-in op, and the fast path in {@code org.initlab.fast}):
     * {@code value} held, not copied, and a rule that adds into the parents' {@link #gradToAddInto()} matrices. When
     * the graph is not recorded ({@link Graph#noGrad()}) or no parent takes a gradient, the result is a constant and
     * the rule is dropped.
     *
     * @param gradStorage where this tensor's gradient will live (the value's shape; zeroed when the first gradient
     *                    arrives), for an op that reuses its matrices from one step to the next; null: a new matrix
     */
    public static Tensor fromMatrixOp(DMatrixRMaj value, DMatrixRMaj gradStorage, MatrixBackward backward,
                                      Tensor... parents) {
        if (gradStorage != null) {
            Shapes.requireSame("fromMatrixOp", "gradStorage", gradStorage, "value", value);
        }
        boolean needsGrad = false;
        for (Tensor p : parents) {
            needsGrad |= p.requiresGrad;
        }
        if (!needsGrad || !Graph.isRecording()) {
            return new Tensor(value, null, false, new Tensor[0], null);
        }
        return new Tensor(value, gradStorage, true, parents, backward);
    }

    static Tensor result(DMatrixRMaj value, MatrixBackward backward, Tensor... parents) {
        return fromMatrixOp(value, null, backward, parents);
    }

    /** The value matrix (not a copy: writing into it changes the tensor). */
    public DMatrixRMaj value() {
        return value;
    }

    /** The gradient of the last backward pass, or {@code null} if no gradient reached this tensor (not a copy). */
    public DMatrixRMaj grad() {
        return grad;
    }

    /**
     * dL/d(this)[row][col] of the backward passes so far; 0 when no gradient reached this tensor (backward not called
     * yet, or the loss does not depend on it).
     *
     * @throws IllegalStateException for a constant, which never takes a gradient
     */
    public double grad(int row, int col) {
        requireGradient("grad");
        Arrays2D.requireInside("grad", value, row, col);
        return grad == null ? 0.0 : grad.get(row, col);
    }

    /**
     * A copy of the gradient, one array per row; zeros when no gradient reached this tensor (see
     * {@link #grad(int, int)}).
     */
    public double[][] gradToArray() {
        requireGradient("gradToArray");
        return grad == null ? new double[rows()][cols()] : Arrays2D.toArray(grad);
    }

    /**
     * grad[row][col] += delta, if this tensor takes a gradient (otherwise nothing): how a {@link Backward} rule adds.
     */
    public void addToGrad(int row, int col, double delta) {
        Arrays2D.requireInside("addToGrad", value, row, col);
        if (requiresGrad) {
            gradToAddInto().add(row, col, delta);
        }
    }

    /** grad += delta (same shape, not modified), if this tensor takes a gradient (otherwise nothing). */
    public void addToGrad(Tensor delta) {
        Shapes.requireSame("addToGrad", "tensor", value, "delta", delta.value);
        Elementwise.addScaled(delta.value, 1.0, this);
    }

    private void requireGradient(String op) {
        if (!requiresGrad) {
            throw new IllegalStateException(op + ": this " + Shapes.of(value) + " tensor is a constant and takes no "
                    + "gradient; make it with Tensor.parameter (or compute it from one) to get dL/d(it)");
        }
    }

    /**
     * The gradient matrix that backward rules add into, made zeros when the first gradient arrives (a new matrix, or
     * the op's {@code gradStorage}); for rules written on EJML matrices, see {@link #fromMatrixOp}.
     */
    public DMatrixRMaj gradToAddInto() {
        if (grad == null) {
            grad = gradStorage != null ? gradStorage : new DMatrixRMaj(value.numRows, value.numCols);
            Arrays.fill(grad.data, 0, grad.getNumElements(), 0.0);
        }
        return grad;
    }

    /**
     * True for parameters and for results computed from one with the graph recording: backward() fills their
     * gradient. False for constants and for results computed with {@link Graph#noGrad()}.
     */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** Number of rows (in a batch: one per example). */
    public int rows() {
        return value.numRows;
    }

    /** Number of columns (in a layer's input or output: one per feature or unit). */
    public int cols() {
        return value.numCols;
    }

    /** The single entry of a 1×1 tensor (a loss). */
    public double item() {
        if (value.getNumElements() != 1) {
            throw new IllegalArgumentException("item: tensor is " + Shapes.of(value) + ", not 1×1");
        }
        return value.data[0];
    }

    /** value[row][col], counting from 0. */
    public double get(int row, int col) {
        Arrays2D.requireInside("get", value, row, col);
        return value.get(row, col);
    }

    /**
     * value[row][col] = v (this tensor modified). For setting a parameter by hand between steps; changing a value
     * that a recorded graph has used, before its backward, makes that backward's gradients wrong.
     */
    public void set(int row, int col, double v) {
        Arrays2D.requireInside("set", value, row, col);
        value.set(row, col, v);
    }

    /** A copy of the value, one array per row. */
    public double[][] toArray() {
        return Arrays2D.toArray(value);
    }

    /** Sets this tensor's gradient to zero (modifies the gradient, not the value). */
    public void zeroGrad() {
        if (grad != null) {
            Arrays.fill(grad.data, 0, grad.getNumElements(), 0.0);
        }
    }

    /** Back-propagates from a 1×1 tensor (a loss): seeds dL/dL = 1. */
    public void backward() {
        if (value.getNumElements() != 1) {
            throw new IllegalArgumentException("backward: needs a 1×1 tensor (a loss) but this is "
                    + Shapes.of(value) + "; pass a seed gradient with backward(seed)");
        }
        DMatrixRMaj seed = new DMatrixRMaj(1, 1);
        seed.data[0] = 1.0;
        backward(seed);
    }

    /** Back-propagates a seed gradient of this tensor's shape (not modified) through the recorded graph. */
    public void backward(DMatrixRMaj seed) {
        Shapes.requireSame("backward", "seed", seed, "tensor", value);
        if (!requiresGrad) {
            throw new IllegalStateException("backward: this tensor does not depend on any parameter "
                    + "(or was computed with the graph switched off)");
        }
        DMatrixRMaj g = gradToAddInto();
        for (int i = 0; i < g.getNumElements(); i++) {
            g.data[i] += seed.data[i];
        }
        List<Tensor> order = TopologicalOrder.of(this);
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor t = order.get(i);
            if (t.backwardRule != null && t.grad != null) {
                t.backwardRule.backward(t.grad);
            }
        }
    }

    /** The parents this tensor was computed from (empty for leaves). */
    public List<Tensor> parents() {
        return Collections.unmodifiableList(Arrays.asList(parents));
    }

    int parentCount() {
        return parents.length;
    }

    Tensor parent(int i) {
        return parents[i];
    }

    // The ops as methods, each one line over the op class of the same name (see those for the backward rules).

    /** this · other, the matrix product ({@link MatMul}). */
    public Tensor matmul(Tensor other) {
        return MatMul.apply(this, other);
    }

    /**
     * this + other. Same shape: elementwise ({@link Add}). A 1 × cols row added to a taller tensor is added to every
     * row, like a bias ({@link AddBias}).
     */
    public Tensor add(Tensor other) {
        boolean biasRow = other.rows() == 1 && rows() > 1 && other.cols() == cols();
        return biasRow ? AddBias.apply(this, other) : Add.apply(this, other);
    }

    /** this − other, elementwise, same shape ({@link Subtract}). */
    public Tensor subtract(Tensor other) {
        return Subtract.apply(this, other);
    }

    /** this ⊙ other, the elementwise product, same shape ({@link Multiply}). */
    public Tensor multiply(Tensor other) {
        return Multiply.apply(this, other);
    }

    /** s · this ({@link Scale}). */
    public Tensor scale(double s) {
        return Scale.apply(this, s);
    }

    /** thisᵀ ({@link Transpose}). */
    public Tensor transpose() {
        return Transpose.apply(this);
    }

    /** Σ of all entries, 1×1 ({@link Sum}). */
    public Tensor sum() {
        return Sum.apply(this);
    }

    /** Mean of all entries, 1×1 ({@link Mean}). */
    public Tensor mean() {
        return Mean.apply(this);
    }

    /** φ(this), elementwise ({@link Activate}). */
    public Tensor activate(Activation activation) {
        return Activate.apply(this, activation);
    }

    /** tanh(this), elementwise. */
    public Tensor tanh() {
        return activate(new Tanh());
    }

    /** max(0, this), elementwise. */
    public Tensor relu() {
        return activate(new Relu());
    }

    /** σ(this) = 1/(1 + e^(−this)), elementwise. */
    public Tensor sigmoid() {
        return activate(new Sigmoid());
    }

    /** (1/N) Σ (this − target)², 1×1; the target takes no gradient ({@link MeanSquaredError}). */
    public Tensor meanSquaredError(Tensor target) {
        return MeanSquaredError.apply(this, target.value);
    }

    /**
     * Softmax cross-entropy of these logits (one row per example) against class labels ({@link SoftmaxCrossEntropy}).
     */
    public Tensor softmaxCrossEntropy(int[] labels) {
        return SoftmaxCrossEntropy.apply(this, labels);
    }

    @Override
    public String toString() {
        return "Tensor " + Shapes.of(value) + (requiresGrad ? " (grad)" : "");
    }
}
