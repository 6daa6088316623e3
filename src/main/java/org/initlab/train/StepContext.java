package org.initlab.train;

import org.initlab.data.Batch;
import org.initlab.nn.Mlp;

/** What a listener sees at a training step: the step number, epoch, mini-batch loss, network and batch. */
public record StepContext(int step, int epoch, double loss, Mlp network, Batch batch) {
}
