/**
 * Reproducible random streams derived from a run's seed.
 */
package org.initlab.random;
