/**
 * Reverse-mode automatic differentiation over matrices: {@link org.initlab.autograd.Tensor} and the ops.
 *
 * <p>Each op is a small class whose {@code apply} computes the forward value and, right beside it, the backward rule
 * that adds into its inputs' gradients. {@code Tensor} offers the same ops as methods that read left to right
 * ({@code x.matmul(w).add(b).tanh()}), values and gradients as plain numbers ({@code get}, {@code set},
 * {@code grad(i, j)}, {@code toArray}, {@code gradToArray}), and {@link org.initlab.autograd.Tensor#fromOp} to define
 * an op of your own with its {@link org.initlab.autograd.Backward} rule anywhere;
 * {@link org.initlab.autograd.GradientCheck} checks any backward rule against finite differences. The matrices
 * underneath are EJML's {@code DMatrixRMaj} ({@code value()}, {@code grad()}), for those who want them.
 *
 * <h2>Reading order</h2>
 * <ol>
 * <li>{@link org.initlab.autograd.Tensor}: value, gradient, parents; {@code backward()} visits the graph in
 *     {@code TopologicalOrder} from the loss back to the leaves and calls each op's backward rule.</li>
 * <li>The small ops, one idea each: {@link org.initlab.autograd.MatMul} (dA = dC·Bᵀ, dB = Aᵀ·dC),
 *     {@link org.initlab.autograd.AddBias}, {@link org.initlab.autograd.Add}, {@link org.initlab.autograd.Multiply},
 *     {@link org.initlab.autograd.Activate} (dZ = dA ⊙ φ'(Z)), {@link org.initlab.autograd.Sum}, then the losses
 *     ({@link org.initlab.autograd.SoftmaxCrossEntropy}, {@link org.initlab.autograd.BinaryCrossEntropyWithLogits},
 *     {@link org.initlab.autograd.MeanSquaredError}).</li>
 * <li>The fast path the training loop runs: {@link org.initlab.autograd.Affine} is {@code AddBias(MatMul(x, W), b)}
 *     fused into one op; {@link org.initlab.autograd.LayerBuffers} lets a layer write z and a into the same matrices
 *     every step; {@link org.initlab.autograd.Kernels} does every matrix product (OpenBLAS {@code dgemm} when its
 *     natives load, EJML otherwise); {@code ParallelLoop} splits large elementwise loops over threads.</li>
 * </ol>
 * One training step, followed from the top: {@code Trainer.fit} calls {@code Mlp.forward}, which calls
 * {@code Dense.forward} per layer: {@code Affine.apply} (z = x·W + b, products through {@code Kernels.multAdd}) and
 * {@code Activate.apply} (a = φ(z)); the loss ({@code nn.Losses}) applies e.g. {@code SoftmaxCrossEntropy};
 * {@code loss.backward()} runs each op's backward rule in reverse order ({@code Affine}'s calls
 * {@code Kernels.multAddTransA}/{@code multAddTransB} for dW = xᵀ·dz and dx = dz·Wᵀ); then
 * {@code Optimizer.step} updates every parameter from its gradient.
 *
 * <p>Glossary of the symbols used in the math: x input, W weights (fanIn × fanOut), b bias row,
 * z = x·W + b pre-activation, a = φ(z) activation, L loss, dX = ∂L/∂X.
 */
package org.initlab.autograd;
