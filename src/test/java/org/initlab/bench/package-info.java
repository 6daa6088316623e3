/**
 * JMH micro-benchmarks of the kernels (run with the {@code bench} Maven profile).
 */
package org.initlab.bench;
