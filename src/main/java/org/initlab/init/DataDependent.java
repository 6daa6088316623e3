package org.initlab.init;

/**
 * An initializer whose {@link #fill} is only a pre-initialization: the network finishes the job by looking at a batch
 * of data ({@link Lsuv}). A network refuses it without data; {@code Mlp.initialize(weights, biases, seed, batch)} in
 * {@code org.initlab.nn} runs the data step, so this package needs no network.
 */
public interface DataDependent extends Initializer {
}
