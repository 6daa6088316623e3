package org.initlab.theory;

/**
 * The predicted statistics of hidden layer {@code layer} (1 = first hidden layer) at initialization.
 *
 * @param preActivationStd √q, the std of z = x·W + b
 * @param activationMean   E[φ(z)]
 * @param activationStd    √(E[φ(z)²] − E[φ(z)]²)
 * @param gradientFactor   χ = fanOut·Var(W)·E[φ'(z)²]: the factor by which this layer shrinks or grows the
 *                         back-propagated variance (see {@link SignalPropagation})
 * @param gradientStd      the predicted std of dL/da at this layer when dL/da of the last hidden layer has std 1
 */
public record LayerPrediction(int layer, double preActivationStd, double activationMean, double activationStd,
                              double gradientFactor, double gradientStd) {
}
