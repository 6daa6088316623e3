package org.initlab.autograd;

import org.bytedeco.openblas.global.openblas_nolapack;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The matrix products the engine uses, in one place so that the fastest path is chosen behind the ops. Each method
 * writes only into its last argument.
 *
 * <p>Backend: OpenBLAS's {@code dgemm} (native, bundled in the jar for Linux x86-64) when it loads, else EJML's
 * pure-Java products. OpenBLAS runs on {@link #threads()} threads (default 1; system property
 * {@code initlab.threads}); for a given backend and thread count every product is deterministic. The system
 * property {@code initlab.blas=java} forces EJML. Both backends agree to rounding (about 1e-15 relative), not bit
 * for bit, since they sum in different orders.
 */
public final class Kernels {
    private static final boolean NATIVE = loadNative();
    private static int threads = 1;

    private Kernels() {
    }

    private static boolean loadNative() {
        if ("java".equalsIgnoreCase(System.getProperty("initlab.blas"))) {
            return false;
        }
        try {
            org.bytedeco.javacpp.Loader.load(openblas_nolapack.class);
            int requested = Integer.getInteger("initlab.threads", 1);
            org.bytedeco.openblas.presets.openblas_nolapack.blas_set_num_threads(Math.max(1, requested));
            threads = Math.max(1, requested);
            return true;
        } catch (Throwable unavailable) {
            return false;
        }
    }

    /** "OpenBLAS (1 thread)" or "EJML (pure Java)". */
    public static String backend() {
        return NATIVE ? "OpenBLAS (" + threads + " thread" + (threads == 1 ? "" : "s") + ")" : "EJML (pure Java)";
    }

    /** Whether the native OpenBLAS backend is in use. */
    public static boolean isNative() {
        return NATIVE;
    }

    /** The threads. */
    public static int threads() {
        return threads;
    }

    /** Sets OpenBLAS's thread count (no effect on the EJML backend). */
    public static void setThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + count);
        }
        if (NATIVE) {
            org.bytedeco.openblas.presets.openblas_nolapack.blas_set_num_threads(count);
        }
        threads = count;
    }

    /** c = a·b (c modified). */
    public static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (NATIVE) {
            gemm(false, false, a, b, 0.0, c);
        } else {
            CommonOps_DDRM.mult(a, b, c);
        }
    }

    /** c += a·b (c modified). */
    public static void multAdd(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (NATIVE) {
            gemm(false, false, a, b, 1.0, c);
        } else {
            CommonOps_DDRM.multAdd(a, b, c);
        }
    }

    /** c += aᵀ·b (c modified). */
    public static void multAddTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (NATIVE) {
            gemm(true, false, a, b, 1.0, c);
        } else {
            CommonOps_DDRM.multAddTransA(a, b, c);
        }
    }

    /** c += a·bᵀ (c modified). On EJML, b is transposed first: its multTransB is about 2.5× slower. */
    public static void multAddTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (NATIVE) {
            gemm(false, true, a, b, 1.0, c);
        } else {
            DMatrixRMaj bt = CommonOps_DDRM.transpose(b, null);
            CommonOps_DDRM.multAdd(a, bt, c);
        }
    }

    /** c = op(a)·op(b) + beta·c, row-major, with op = transpose where asked. */
    private static void gemm(boolean transA, boolean transB, DMatrixRMaj a, DMatrixRMaj b, double beta, DMatrixRMaj c) {
        int m = transA ? a.numCols : a.numRows;
        int k = transA ? a.numRows : a.numCols;
        int n = transB ? b.numRows : b.numCols;
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            if (beta == 0) {
                java.util.Arrays.fill(c.data, 0, m * n, 0.0);
            }
            return;
        }
        int ta = transA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        int tb = transB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans;
        long sizeA = (long) a.numRows * a.numCols;
        long sizeB = (long) b.numRows * b.numCols;
        long sizeC = (long) m * n;
        if (sizeA + sizeB + sizeC < STAGING_THRESHOLD) {
            // small products: JavaCPP copies the arrays in and out itself
            openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, ta, tb, m, n, k, 1.0, a.data, a.numCols,
                    b.data, b.numCols, beta, c.data, n);
            return;
        }
        // large products: copy each input once into native memory and the result once back (JavaCPP's array
        // path would copy all three both ways)
        Staging s = STAGING.get();
        org.bytedeco.javacpp.DoublePointer pa = s.a(sizeA);
        org.bytedeco.javacpp.DoublePointer pb = s.b(sizeB);
        org.bytedeco.javacpp.DoublePointer pc = s.c(sizeC);
        pa.put(a.data, 0, (int) sizeA);
        pb.put(b.data, 0, (int) sizeB);
        if (beta != 0) {
            pc.put(c.data, 0, (int) sizeC);
        }
        openblas_nolapack.cblas_dgemm(openblas_nolapack.CblasRowMajor, ta, tb, m, n, k, 1.0, pa, a.numCols, pb,
                b.numCols, beta, pc, n);
        pc.get(c.data, 0, (int) sizeC);
    }

    /** Above this many elements (A, B and C together) a product goes through native staging buffers. */
    private static final long STAGING_THRESHOLD = 1 << 17;
    private static final ThreadLocal<Staging> STAGING = ThreadLocal.withInitial(Staging::new);

    /** Per-thread native buffers for the three matrices of a product, grown when needed and kept. */
    private static final class Staging {
        private org.bytedeco.javacpp.DoublePointer a;
        private org.bytedeco.javacpp.DoublePointer b;
        private org.bytedeco.javacpp.DoublePointer c;

        org.bytedeco.javacpp.DoublePointer a(long size) {
            a = ensure(a, size);
            return a;
        }

        org.bytedeco.javacpp.DoublePointer b(long size) {
            b = ensure(b, size);
            return b;
        }

        org.bytedeco.javacpp.DoublePointer c(long size) {
            c = ensure(c, size);
            return c;
        }

        private static org.bytedeco.javacpp.DoublePointer ensure(org.bytedeco.javacpp.DoublePointer p, long size) {
            if (p != null && p.capacity() >= size) {
                return p.position(0);
            }
            if (p != null) {
                p.close();
            }
            return new org.bytedeco.javacpp.DoublePointer(Math.max(size, 1L << 16));
        }
    }
}
