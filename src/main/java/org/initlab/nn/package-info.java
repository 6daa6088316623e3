/**
 * Dense layers, the multi-layer perceptron, normalization layers, residual blocks, the losses, and LSUV's data step
 * ({@code LsuvCalibration}).
 *
 * <p>Reading order: {@link org.initlab.nn.Dense} (z = x·W + b, a = φ(z)), {@link org.initlab.nn.Mlp} (a stack of
 * them with a linear output layer), {@link org.initlab.nn.Losses}; then {@link org.initlab.nn.LayerPath}, the one
 * seam between the plain autograd ops ({@link org.initlab.nn.PlainPath}) and the fast path
 * ({@link org.initlab.nn.FastPath} over {@code org.initlab.fast}); then {@link org.initlab.nn.ResidualBlock},
 * {@link org.initlab.nn.BatchNormalization} and {@link org.initlab.nn.LayerNormalization} for the remedies lesson.
 */
package org.initlab.nn;
