package org.initlab.init;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * Orthogonal (Saxe, McClelland &amp; Ganguli 2013): W = {@value #FORMULA}: Q comes from the QR decomposition of a
 * matrix G of independent N(0, 1) entries, with each column of Q multiplied by the sign of R's diagonal so that Q
 * is uniformly (Haar) distributed. For fanIn ≥ fanOut the columns of W are orthonormal (WᵀW = gain²·I); for
 * fanIn &lt; fanOut its rows are (WWᵀ = gain²·I). Every singular value is gain. A layer computes z = x·W, so it
 * preserves the norm of every input (times gain) only when WWᵀ = gain²·I, i.e. when fanIn ≤ fanOut; a layer with
 * fanIn &gt; fanOut projects its input onto fanOut directions and loses the rest. And the gain must fit the
 * activation: gain 1 keeps the norm of a <em>linear</em> network; ReLU halves the second moment, so it needs √2. Each
 * entry has mean 0 and std gain/√max(fanIn, fanOut). Parameter {@code gain} (default 1).
 */
public final class Orthogonal implements Initializer {
    /** The formula, stated once: the class comment, {@link #describe()} and the catalogue show it. */
    public static final String FORMULA = "gain·Q with Q from QR of a Gaussian matrix (sign-corrected)";

    private final double gain;

    /** W = gain·Q, Q with orthonormal rows or columns (whichever are fewer); gain > 0, e.g. 1 or tanh's 5/3. */
    public Orthogonal(double gain) {
        this.gain = Check.positive("orthogonal", "gain", gain);
    }

    @Override
    public void fill(double[] weights, int fanIn, int fanOut, RandomGenerator random) {
        Check.length(name(), weights, fanIn, fanOut);
        int tall = Math.max(fanIn, fanOut);
        int narrow = Math.min(fanIn, fanOut);
        DMatrixRMaj g = new DMatrixRMaj(tall, narrow);
        for (int i = 0; i < g.data.length; i++) {
            g.data[i] = random.nextGaussian();
        }
        // G = Q·R, Q tall × narrow with orthonormal columns
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(tall, narrow);
        if (!qr.decompose(g)) {
            throw new IllegalStateException("orthogonal: QR decomposition failed for a " + tall + "×"
                    + narrow + " matrix");
        }
        DMatrixRMaj q = qr.getQ(null, true);
        DMatrixRMaj r = qr.getR(null, true);
        for (int j = 0; j < narrow; j++) {
            double sign = r.get(j, j) < 0 ? -1.0 : 1.0;
            for (int i = 0; i < tall; i++) {
                double v = gain * sign * q.get(i, j);
                if (fanIn >= fanOut) {
                    weights[i * fanOut + j] = v;
                } else {
                    weights[j * fanOut + i] = v; // W = Qᵀ: orthonormal rows
                }
            }
        }
    }

    @Override
    public String name() {
        return "orthogonal";
    }

    @Override
    public String formula() {
        return FORMULA;
    }

    @Override
    public String describe() {
        return FORMULA + ", gain = " + VarianceScaling.format(gain);
    }

    @Override
    public double expectedMean(int fanIn, int fanOut) {
        return 0;
    }

    @Override
    public double expectedStd(int fanIn, int fanOut) {
        return gain / Math.sqrt(Math.max(fanIn, fanOut));
    }

    @Override
    public double bound(int fanIn, int fanOut) {
        return gain;
    }
}
