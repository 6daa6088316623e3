package org.initlab.nn;

import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.initlab.autograd.BinaryCrossEntropyWithLogits;
import org.initlab.autograd.MeanSquaredError;
import org.initlab.autograd.SoftmaxCrossEntropy;
import org.initlab.autograd.Tensor;
import org.initlab.names.DidYouMean;

/**
 * The losses a network can be trained with, by name ({@link #NAMES}): binary cross-entropy on one logit, softmax
 * cross-entropy on one logit per class, and mean squared error on one-hot targets.
 */
public final class Losses {
    /** The names {@link #byName} knows. */
    public static final List<String> NAMES = List.of("bce", "softmax-ce", "mse");

    private Losses() {
    }

    /** Binary cross-entropy from one logit per example; predicts class 1 when the logit is positive. */
    public static Loss binaryCrossEntropy() {
        return new Loss() {
            @Override
            public String name() {
                return "bce";
            }

            @Override
            public int outputSize(int classes) {
                if (classes != 2) {
                    throw new IllegalArgumentException("bce: binary cross-entropy needs 2 classes, the data has "
                            + classes);
                }
                return 1;
            }

            @Override
            public Tensor compute(Tensor logits, int[] labels) {
                DMatrixRMaj target = new DMatrixRMaj(labels.length, 1);
                for (int i = 0; i < labels.length; i++) {
                    if (labels[i] != 0 && labels[i] != 1) {
                        throw new IllegalArgumentException("bce: label " + labels[i] + " in row " + i
                                + " is not 0 or 1");
                    }
                    target.data[i] = labels[i];
                }
                return BinaryCrossEntropyWithLogits.apply(logits, target);
            }

            @Override
            public int[] predict(Tensor logits) {
                int[] out = new int[logits.rows()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = logits.get(i, 0) > 0 ? 1 : 0;
                }
                return out;
            }
        };
    }

    /** Softmax cross-entropy from one logit per class; predicts the class of the largest logit. */
    public static Loss softmaxCrossEntropy() {
        return new ArgmaxLoss("softmax-ce") {
            @Override
            public Tensor compute(Tensor logits, int[] labels) {
                return SoftmaxCrossEntropy.apply(logits, labels);
            }
        };
    }

    /** Mean squared error against one-hot targets; predicts the class of the largest output. */
    public static Loss meanSquaredError() {
        return new ArgmaxLoss("mse") {
            @Override
            public Tensor compute(Tensor outputs, int[] labels) {
                if (labels.length != outputs.rows()) {
                    throw new IllegalArgumentException("mse: outputs are " + outputs.rows() + "×" + outputs.cols()
                            + " but there are " + labels.length + " labels; one label per row is needed");
                }
                DMatrixRMaj target = new DMatrixRMaj(outputs.rows(), outputs.cols());
                for (int i = 0; i < labels.length; i++) {
                    if (labels[i] < 0 || labels[i] >= outputs.cols()) {
                        throw new IllegalArgumentException("mse: label " + labels[i] + " in row " + i
                                + " is outside [0, " + outputs.cols() + ")");
                    }
                    target.set(i, labels[i], 1.0);
                }
                return MeanSquaredError.apply(outputs, target);
            }
        };
    }

    /** BCE for two classes, softmax cross-entropy otherwise. */
    public static Loss forClasses(int classes) {
        return classes == 2 ? binaryCrossEntropy() : softmaxCrossEntropy();
    }

    /** The loss with this name, or an error listing the known names. */
    public static Loss byName(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "bce":
                return binaryCrossEntropy();
            case "softmax-ce":
            case "softmax":
            case "ce":
                return softmaxCrossEntropy();
            case "mse":
                return meanSquaredError();
            default:
                throw new IllegalArgumentException("unknown loss '" + name + "'" + DidYouMean.hint(name, NAMES)
                        + "; known: " + String.join(", ", NAMES));
        }
    }

    private abstract static class ArgmaxLoss implements Loss {
        private final String name;

        ArgmaxLoss(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int outputSize(int classes) {
            return classes;
        }

        @Override
        public int[] predict(Tensor logits) {
            int[] out = new int[logits.rows()];
            for (int i = 0; i < out.length; i++) {
                int best = 0;
                for (int j = 1; j < logits.cols(); j++) {
                    if (logits.get(i, j) > logits.get(i, best)) {
                        best = j;
                    }
                }
                out[i] = best;
            }
            return out;
        }
    }
}
