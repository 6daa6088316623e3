/**
 * Instruments that look inside a network: per-layer statistics, symmetry measures, the training
 * recorder, probes and plain-words verdicts.
 */
package org.initlab.diagnostics;
