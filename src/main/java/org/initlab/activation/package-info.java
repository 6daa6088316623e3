/**
 * Activations φ with their derivatives and recommended initializer gains (identity, sigmoid, tanh, ReLU,
 * leaky ReLU, ELU, SELU, softplus, GELU), and {@link org.initlab.activation.Activations} to find them by name.
 */
package org.initlab.activation;
