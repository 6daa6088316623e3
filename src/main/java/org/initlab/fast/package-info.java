/**
 * The fast path: what makes training as fast as PyTorch, kept apart from the ops a student reads.
 *
 * <p>It computes exactly what the plain ops of {@code org.initlab.autograd} compute, to rounding
 * ({@code PlainAndFastPathsAgreeTest} checks every lesson's network), and is reached through one seam,
 * {@code org.initlab.nn.LayerPath} (the {@code FastPath} there). Reading order:
 * <ol>
 * <li>{@link org.initlab.fast.Affine}: z = x·W + b as one op: the bias copied into every row, then x·W added onto it
 *     by one {@code dgemm}; backward dx = dz·Wᵀ, dW = xᵀ·dz, db = column sums of dz.</li>
 * <li>{@link org.initlab.fast.ParallelActivate}: a = φ(z) with large matrices split over threads (the same bits on
 *     any number of threads, and the same as the plain {@code Activate}).</li>
 * <li>{@link org.initlab.fast.LayerBuffers}: the matrices of z, a and their gradients kept per batch size, so a
 *     training step allocates none (they reach the graph as the {@code gradStorage} of
 *     {@code Tensor.fromMatrixOp}).</li>
 * <li>{@link org.initlab.fast.Kernels}: every product of the fast path; OpenBLAS's {@code dgemm} where its natives
 *     load (large products staged through native memory), EJML otherwise; the backend choice, the thread count and
 *     the reproducible mode ({@code --reproducible}: pure-Java products and StrictMath, the same bits on every
 *     machine).</li>
 * <li>{@code ParallelLoop}: the fork-join split behind {@code ParallelActivate}; {@code Cpu}: what a report says
 *     about the processor.</li>
 * </ol>
 */
package org.initlab.fast;
