/**
 * The training loop ({@link org.initlab.train.Trainer}), its configuration, history, listeners and
 * divergence reports.
 */
package org.initlab.train;
