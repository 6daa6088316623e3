/**
 * Dense layers, the multi-layer perceptron, and classification losses.
 */
package org.initlab.nn;
