package org.initlab.train;

import org.initlab.data.Batch;
import org.initlab.nn.Mlp;

/**
 * What a listener sees at a training step: the step number (from 1), epoch, mini-batch loss, network, batch, and how
 * many steps an epoch has.
 */
public record StepContext(int step, int epoch, double loss, Mlp network, Batch batch, int stepsPerEpoch) {
}
