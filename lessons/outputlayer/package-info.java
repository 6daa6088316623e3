/**
 * Lesson 13 — biases and the output layer: zeros, PyTorch's uniform bias, the prior-probability bias, class log-priors.
 */
package outputlayer;
