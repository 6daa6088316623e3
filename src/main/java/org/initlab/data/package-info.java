/**
 * Datasets: built-in 2-D sets, Gaussian probes, MNIST/Fashion-MNIST from IDX files, CSV files,
 * batches and stratified splits.
 */
package org.initlab.data;
