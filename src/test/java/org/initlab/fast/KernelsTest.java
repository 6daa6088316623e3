package org.initlab.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.initlab.activation.Tanh;
import org.initlab.autograd.Activate;
import org.initlab.autograd.Tensor;
import org.junit.jupiter.api.Test;

/** The fast products agree with EJML's, and a result does not depend on the number of threads. */
class KernelsTest {
    private static DMatrixRMaj random(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = r.nextGaussian();
        }
        return m;
    }

    @Test
    void productsAgreeWithEjml() {
        DMatrixRMaj a = random(37, 53, 1);
        DMatrixRMaj b = random(53, 29, 2);
        DMatrixRMaj c = new DMatrixRMaj(37, 29);
        Kernels.mult(a, b, c);
        assertThat(MatrixFeatures_DDRM.isIdentical(c, CommonOps_DDRM.mult(a, b, null), 1e-12)).isTrue();
        DMatrixRMaj acc = random(53, 29, 3);
        DMatrixRMaj expected = acc.copy();
        CommonOps_DDRM.multAddTransA(a, CommonOps_DDRM.mult(a, b, null), expected);
        Kernels.multAddTransA(a, CommonOps_DDRM.mult(a, b, null), acc);
        assertThat(MatrixFeatures_DDRM.isIdentical(acc, expected, 1e-12)).isTrue();
        DMatrixRMaj left = random(37, 29, 4);
        DMatrixRMaj sum = random(37, 53, 5);
        DMatrixRMaj expectedB = sum.copy();
        CommonOps_DDRM.multAddTransB(left, random(53, 29, 6), expectedB);
        Kernels.multAddTransB(left, random(53, 29, 6), sum);
        assertThat(MatrixFeatures_DDRM.isIdentical(sum, expectedB, 1e-12)).isTrue();
    }

    /**
     * Products above the staging threshold go through native buffers, copied in (and out) in slices on two
     * threads: odd sizes so that the slices are uneven, every variant, c accumulated onto a non-zero start.
     */
    @Test
    void largeStagedProductsAgreeWithEjmlOnOneOrTwoThreads() {
        DMatrixRMaj a = random(301, 517, 11);
        DMatrixRMaj b = random(517, 263, 12);
        DMatrixRMaj start = random(301, 263, 13);
        DMatrixRMaj product = CommonOps_DDRM.mult(a, b, null);
        DMatrixRMaj sum = start.copy();
        CommonOps_DDRM.multAdd(a, b, sum);
        DMatrixRMaj gradW = random(517, 263, 14);
        DMatrixRMaj gradWExpected = gradW.copy();
        CommonOps_DDRM.multAddTransA(a, start, gradWExpected);
        DMatrixRMaj gradX = random(301, 517, 15);
        DMatrixRMaj gradXExpected = gradX.copy();
        CommonOps_DDRM.multAddTransB(start, b, gradXExpected);
        int before = Kernels.threads();
        try {
            for (int threads = 1; threads <= 2; threads++) {
                Kernels.setThreads(threads);
                DMatrixRMaj c = new DMatrixRMaj(301, 263);
                Kernels.mult(a, b, c);
                assertThat(MatrixFeatures_DDRM.isIdentical(c, product, 1e-11)).as("c = ab, %d threads", threads)
                        .isTrue();
                DMatrixRMaj acc = start.copy();
                Kernels.multAdd(a, b, acc);
                assertThat(MatrixFeatures_DDRM.isIdentical(acc, sum, 1e-11)).as("c += ab").isTrue();
                DMatrixRMaj w = gradW.copy();
                Kernels.multAddTransA(a, start, w);
                assertThat(MatrixFeatures_DDRM.isIdentical(w, gradWExpected, 1e-11)).as("c += aᵀb").isTrue();
                DMatrixRMaj x = gradX.copy();
                Kernels.multAddTransB(start, b, x);
                assertThat(MatrixFeatures_DDRM.isIdentical(x, gradXExpected, 1e-11)).as("c += abᵀ").isTrue();
            }
        } finally {
            Kernels.setThreads(before);
        }
    }

    @Test
    void largeElementwiseLoopsGiveThePlainOpsBitsOnOneOrTwoThreads() {
        Tensor z = Tensor.constant(random(500, 300, 7));
        double[] plain = Activate.apply(z, new Tanh()).value().data;
        int before = Kernels.threads();
        try {
            Kernels.setThreads(1);
            double[] one = ParallelActivate.apply(z, new Tanh(), null, null).value().data.clone();
            Kernels.setThreads(2);
            double[] two = ParallelActivate.apply(z, new Tanh(), null, null).value().data.clone();
            assertThat(one).isEqualTo(plain);
            assertThat(two).isEqualTo(plain);
        } finally {
            Kernels.setThreads(before);
        }
    }

    @Test
    void fastTanhIsWithinTwoTimesTenToTheMinusFourteenRelative() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) {
            double x = (r.nextDouble() * 2 - 1) * Math.pow(10, r.nextInt(-12, 2));
            double exact = Math.tanh(x);
            assertThat(Math.abs(Tanh.tanh(x) - exact)).isLessThanOrEqualTo(2e-14 * Math.abs(exact));
        }
    }
}
