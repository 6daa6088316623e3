/**
 * Dense layers, the multi-layer perceptron, classification losses, and LSUV's data step ({@code LsuvCalibration}).
 */
package org.initlab.nn;
