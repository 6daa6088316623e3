package org.initlab.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * A matrix in the computation graph: its value, the gradient of a scalar loss with respect to it, and the way
 * back to the tensors it was computed from.
 *
 * <p>Leaves are made with {@link #parameter} (learnable, gradients kept) or {@link #constant} (inputs, no
 * gradient). Every op in this package returns a new tensor whose {@link BackwardStep} <em>adds</em> its
 * contribution into its parents' gradients, so a tensor used twice receives both contributions.
 * {@link #backward()} walks the graph in reverse topological order. Gradients of parameters accumulate across
 * calls until {@link #zeroGrad()}; intermediate tensors are new for every forward pass, so their gradients
 * (e.g. dL/dz of a layer) are those of the last backward pass.
 */
public final class Tensor {
    private final DMatrixRMaj value;
    private DMatrixRMaj grad;
    private final DMatrixRMaj gradBuffer;
    private final Tensor[] parents;
    private final BackwardStep backwardStep;
    private final boolean requiresGrad;

    private Tensor(DMatrixRMaj value, boolean requiresGrad, Tensor[] parents, BackwardStep backwardStep) {
        this(value, null, requiresGrad, parents, backwardStep);
    }

    private Tensor(DMatrixRMaj value, DMatrixRMaj gradBuffer, boolean requiresGrad, Tensor[] parents,
                   BackwardStep backwardStep) {
        this.value = value;
        this.gradBuffer = gradBuffer;
        this.requiresGrad = requiresGrad;
        this.parents = parents;
        this.backwardStep = backwardStep;
    }

    /** A learnable rows × cols matrix of zeros; its gradient is kept. */
    public static Tensor parameter(int rows, int cols) {
        Shapes.requirePositive("parameter", rows, cols);
        return new Tensor(new DMatrixRMaj(rows, cols), true, new Tensor[0], null);
    }

    /** A learnable tensor holding (not copying) {@code value}. */
    public static Tensor parameter(DMatrixRMaj value) {
        return new Tensor(value, true, new Tensor[0], null);
    }

    /** An input that takes no gradient; holds (does not copy) {@code value}. */
    public static Tensor constant(DMatrixRMaj value) {
        return new Tensor(value, false, new Tensor[0], null);
    }

    /** A constant from rows of numbers, e.g. {@code Tensor.of(new double[][] {{1, 2}, {3, 4}})}. */
    public static Tensor of(double[][] rows) {
        return constant(new DMatrixRMaj(rows));
    }

    /**
     * The result of an op. When the graph is not recorded ({@link Graph#noGrad()}) or no parent needs a
     * gradient, the result is a plain constant and {@code backwardStep} is dropped.
     */
    static Tensor result(DMatrixRMaj value, BackwardStep backwardStep, Tensor... parents) {
        boolean needsGrad = false;
        for (Tensor p : parents) {
            needsGrad |= p.requiresGrad;
        }
        if (!needsGrad || !Graph.isRecording()) {
            return new Tensor(value, false, new Tensor[0], null);
        }
        return new Tensor(value, true, parents, backwardStep);
    }

    /**
     * Like {@link #result(DMatrixRMaj, BackwardStep, Tensor...)}, with a matrix of the value's shape to hold the
     * gradient (zeroed on first use), so that a layer can reuse its buffers from one step to the next.
     */
    static Tensor result(DMatrixRMaj value, DMatrixRMaj gradBuffer, BackwardStep backwardStep, Tensor... parents) {
        boolean needsGrad = false;
        for (Tensor p : parents) {
            needsGrad |= p.requiresGrad;
        }
        if (!needsGrad || !Graph.isRecording()) {
            return new Tensor(value, false, new Tensor[0], null);
        }
        return new Tensor(value, gradBuffer, true, parents, backwardStep);
    }

    /** The value matrix (not a copy: writing into it changes the tensor). */
    public DMatrixRMaj value() {
        return value;
    }

    /** The gradient of the last backward pass, or {@code null} if no gradient reached this tensor. */
    public DMatrixRMaj grad() {
        return grad;
    }

    /** The gradient matrix, created as zeros on first use; ops add into it. */
    DMatrixRMaj gradForAccumulation() {
        if (grad == null) {
            if (gradBuffer != null) {
                java.util.Arrays.fill(gradBuffer.data, 0, value.getNumElements(), 0.0);
                grad = gradBuffer;
            } else {
                grad = new DMatrixRMaj(value.numRows, value.numCols);
            }
        }
        return grad;
    }

    /** Whether requires grad. */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** The rows. */
    public int rows() {
        return value.numRows;
    }

    /** The cols. */
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

    /** Returns the get for the given arguments (see the class comment). */
    public double get(int row, int col) {
        return value.get(row, col);
    }

    /** Sets this tensor's gradient to zero (modifies the gradient, not the value). */
    public void zeroGrad() {
        if (grad != null) {
            java.util.Arrays.fill(grad.data, 0, grad.getNumElements(), 0.0);
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
        DMatrixRMaj g = gradForAccumulation();
        for (int i = 0; i < g.getNumElements(); i++) {
            g.data[i] += seed.data[i];
        }
        List<Tensor> order = topologicalOrder();
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor t = order.get(i);
            if (t.backwardStep != null && t.grad != null) {
                t.backwardStep.backward(t.grad);
            }
        }
    }

    /** Tensors reachable from this one, each after all of its parents (iterative depth-first search). */
    private List<Tensor> topologicalOrder() {
        List<Tensor> order = new ArrayList<>();
        Map<Tensor, Boolean> visited = new IdentityHashMap<>();
        Deque<Tensor> stack = new ArrayDeque<>();
        Deque<Integer> nextParent = new ArrayDeque<>();
        stack.push(this);
        nextParent.push(0);
        visited.put(this, Boolean.TRUE);
        while (!stack.isEmpty()) {
            Tensor top = stack.peek();
            int i = nextParent.pop();
            if (i < top.parents.length) {
                nextParent.push(i + 1);
                Tensor p = top.parents[i];
                if (p.requiresGrad && visited.put(p, Boolean.TRUE) == null) {
                    stack.push(p);
                    nextParent.push(0);
                }
            } else {
                stack.pop();
                order.add(top);
            }
        }
        return order;
    }

    /** The parents this tensor was computed from (empty for leaves). */
    public List<Tensor> parents() {
        return Collections.unmodifiableList(java.util.Arrays.asList(parents));
    }

    @Override
    public String toString() {
        return "Tensor " + Shapes.of(value) + (requiresGrad ? " (grad)" : "");
    }
}
