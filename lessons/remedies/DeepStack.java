package remedies;

import java.util.ArrayList;
import java.util.List;
import org.initlab.activation.Activation;
import org.initlab.activation.Identity;
import org.initlab.autograd.Activate;
import org.initlab.autograd.Tensor;
import org.initlab.init.Initializer;
import org.initlab.init.Zeros;
import org.initlab.nn.BatchNormalization;
import org.initlab.nn.Dense;
import org.initlab.nn.ResidualBlock;
import org.initlab.random.RandomStreams;

/**
 * A deep network of {@code depth} hidden layers of one of three kinds, on 2 inputs with one output logit:
 * <ul>
 *   <li>plain: a = φ(x·W + b) per layer;</li>
 *   <li>batch norm: a = φ(BN(x·W + b)) per layer (γ = 1 or 0);</li>
 *   <li>residual: an input layer, then (depth − 1)/2 blocks x + α·F(x) of two layers each.</li>
 * </ul>
 * Layer i takes its weights from the stream ("weights", i) of the seed. It records each hidden layer's output of
 * the last forward pass (plain and batch norm: the activation; residual: the block's output).
 */
final class DeepStack {
    enum Kind { PLAIN, BATCH_NORM, RESIDUAL }

    private final Kind kind;
    private final Activation phi;
    private final List<Dense> dense = new ArrayList<>();
    private final List<BatchNormalization> norms = new ArrayList<>();
    private final List<ResidualBlock> blocks = new ArrayList<>();
    private final Dense input;
    private final Dense output;
    private final List<Tensor> hidden = new ArrayList<>();

    /**
     * @param residualScale α of each residual block
     * @param zeroLast      residual: W₂ = 0 in every block; batch norm: γ = 0 in every layer
     */
    DeepStack(Kind kind, Activation phi, int depth, int width, Initializer weights, double residualScale,
              boolean zeroLast, long seed) {
        this.kind = kind;
        this.phi = phi;
        int index = 0;
        input = new Dense(2, width, kind == Kind.BATCH_NORM ? new Identity() : phi);
        input.initialize(weights, RandomStreams.of(seed, "weights", index++), new Zeros(),
                RandomStreams.of(seed, "biases", 0));
        if (kind == Kind.BATCH_NORM) {
            norms.add(new BatchNormalization(width, zeroLast ? 0 : 1, 0.1));
        }
        int layers = kind == Kind.RESIDUAL ? (depth - 1) / 2 : depth - 1;
        for (int l = 0; l < layers; l++) {
            if (kind == Kind.RESIDUAL) {
                ResidualBlock b = new ResidualBlock(width, phi, residualScale);
                b.initialize(weights, zeroLast, RandomStreams.of(seed, "weights", index),
                        RandomStreams.of(seed, "weights", index + 1));
                index += 2;
                blocks.add(b);
            } else {
                Dense d = new Dense(width, width, kind == Kind.BATCH_NORM ? new Identity() : phi);
                d.initialize(weights, RandomStreams.of(seed, "weights", index++), new Zeros(),
                        RandomStreams.of(seed, "biases", 0));
                dense.add(d);
                if (kind == Kind.BATCH_NORM) {
                    norms.add(new BatchNormalization(width, zeroLast ? 0 : 1, 0.1));
                }
            }
        }
        output = new Dense(width, 1, new Identity(), false);
        output.initialize(weights, RandomStreams.of(seed, "weights", index), new Zeros(),
                RandomStreams.of(seed, "biases", 0));
    }

    /** The output logits; {@code training} selects batch statistics (else running averages) in batch norm. */
    Tensor forward(Tensor x, boolean training) {
        hidden.clear();
        Tensor h = layer(input, 0, x, training);
        for (int l = 0; l < dense.size(); l++) {
            h = layer(dense.get(l), l + 1, h, training);
        }
        for (ResidualBlock b : blocks) {
            h = b.forward(h);
            hidden.add(h);
        }
        return output.forward(h);
    }

    private Tensor layer(Dense d, int index, Tensor x, boolean training) {
        Tensor h = d.forward(x);
        if (kind == Kind.BATCH_NORM) {
            h = Activate.apply(norms.get(index).forward(h, training), phi);
        }
        hidden.add(h);
        return h;
    }

    /** Every learnable tensor. */
    List<Tensor> parameters() {
        List<Tensor> all = new ArrayList<>(input.parameters());
        dense.forEach(d -> all.addAll(d.parameters()));
        norms.forEach(n -> all.addAll(n.parameters()));
        blocks.forEach(b -> all.addAll(b.parameters()));
        all.addAll(output.parameters());
        return all;
    }

    /** The hidden layers' outputs of the last forward pass, the first hidden layer first. */
    List<Tensor> hiddenOutputs() {
        return hidden;
    }
}
