/**
 * The predicted effect of an initialization scheme: mean-field signal propagation layer by layer
 * (forward variance q and backward factor χ), Gaussian expectations, and weight densities for plots.
 */
package org.initlab.theory;
