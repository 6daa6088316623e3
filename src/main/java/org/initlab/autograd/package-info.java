/**
 * Reverse-mode automatic differentiation over matrices: {@link org.initlab.autograd.Tensor} and the ops.
 *
 * <p>Each op is a small class whose {@code apply} computes the forward value and, right beside it, the backward rule
 * that adds into its inputs' gradients. This is the only package that touches EJML. Glossary of the symbols used in
 * the math: x input, W weights (fanIn × fanOut), b bias row, z = x·W + b pre-activation, a = φ(z) activation,
 * L loss, dX = ∂L/∂X.
 */
package org.initlab.autograd;
