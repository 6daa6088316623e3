/**
 * The predicted effect of an initialization scheme: mean-field signal propagation layer by layer
 * (forward variance q and backward factor χ), Gaussian expectations, weight densities for plots, and an
 * activation's gain ({@link org.initlab.theory.Gains}).
 */
package org.initlab.theory;
