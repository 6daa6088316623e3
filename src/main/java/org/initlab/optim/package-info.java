/**
 * Optimizers (SGD, momentum/Nesterov, Adam) and global gradient-norm clipping.
 */
package org.initlab.optim;
