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
 * <li>{@link org.initlab.autograd.GradientCheck}: how every op above is checked against finite differences, and how
 *     to check one of your own ({@link org.initlab.autograd.Tensor#fromOp}, {@link org.initlab.autograd.Backward}).
 *     </li>
 * </ol>
 * This package holds the graph and the math only. Training runs each dense layer through
 * {@code org.initlab.nn.LayerPath}: the plain ops here, or the fast path in {@code org.initlab.fast} (a fused
 * x·W + b on OpenBLAS, matrices kept between steps, threads), which gives the same numbers to rounding.
 *
 * <p>One training step, followed from the top: {@code Trainer.fit} calls {@code Mlp.forward}, which calls
 * {@code Dense.forward} per layer; the layer's {@code LayerPath} computes z = x·W + b and a = φ(z) ({@code PlainPath}:
 * {@link org.initlab.autograd.MatMul}, {@link org.initlab.autograd.AddBias}, {@link org.initlab.autograd.Activate};
 * {@code FastPath}: {@code fast.Affine} with {@code Kernels.multAdd}, {@code fast.ParallelActivate}); the loss
 * ({@code nn.Losses}) applies e.g. {@link org.initlab.autograd.SoftmaxCrossEntropy}; {@code loss.backward()} runs each
 * op's backward rule in reverse order (dW = xᵀ·dz and dx = dz·Wᵀ: {@code CommonOps_DDRM.multAddTransA/B} on the
 * plain path, {@code Kernels.multAddTransA/B} on the fast one); then {@code Optimizer.step} updates every parameter
 * from its gradient. Run with {@code --plain-ops} to step through the plain path in a debugger.
 *
 * <p>Glossary of the symbols used in the math: x input, W weights (fanIn × fanOut), b bias row,
 * z = x·W + b pre-activation, a = φ(z) activation, L loss, dX = ∂L/∂X.
 */
package org.initlab.autograd;
