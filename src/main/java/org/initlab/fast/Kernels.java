package org.initlab.fast;

import java.util.Arrays;
import java.util.Locale;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.initlab.activation.ElementMath;

/**
 * The matrix products of the fast path ({@link Affine}: every dense layer in training), in one place so that the
 * fastest backend is chosen behind it. Each method writes only into its last argument. The plain ops
 * ({@code autograd.MatMul}) call EJML directly and do not change with the backend.
 *
 * <p>Backends: OpenBLAS's {@code dgemm} (native, bundled in the jar for Linux x86-64; the default where it loads)
 * or EJML's pure-Java products. Chosen by {@link #select}, else the system property {@code initlab.backend}
 * ({@code java} or {@code openblas}; the older {@code initlab.blas=java} still works), else the environment
 * variable {@code INITLAB_BACKEND}. OpenBLAS runs on {@link #threads()} threads (default 1; system property
 * {@code initlab.threads}). For a given backend, kernel and thread count every product is deterministic; the
 * backends agree to rounding (about 1e-15 relative), not bit for bit, since they sum in different orders — and
 * OpenBLAS picks its kernel for the CPU (or from {@code OPENBLAS_CORETYPE}, which initlab only reads), so its bits
 * differ between machines.
 *
 * <p>Reproducible mode ({@code --reproducible}, property {@code initlab.reproducible=true}, or
 * {@code INITLAB_REPRODUCIBLE=1}): pure-Java products and {@link ElementMath}'s strict exp/log/tanh, so the same
 * seed gives the same bits on every machine.
 */
public final class Kernels {
    private static int threads = 1;
    private static final boolean NATIVE_AVAILABLE = loadNative();
    private static volatile boolean useNative = NATIVE_AVAILABLE && !wantsJava();

    static {
        if (flag("initlab.reproducible", "INITLAB_REPRODUCIBLE")) {
            select(null, true);
        }
    }

    private Kernels() {
    }

    private static boolean loadNative() {
        try {
            Loader.load(openblas_nolapack.class);
            int requested = Integer.getInteger("initlab.threads", 1);
            setNativeThreads(Math.max(1, requested));
            threads = Math.max(1, requested);
            return true;
        } catch (Throwable unavailable) {
            return false;
        }
    }

    /** The presets class shares its simple name with the imported global one, hence the qualified name. */
    private static void setNativeThreads(int count) {
        org.bytedeco.openblas.presets.openblas_nolapack.blas_set_num_threads(count);
    }

    private static boolean wantsJava() {
        String property = System.getProperty("initlab.backend", System.getProperty("initlab.blas"));
        String chosen = property != null ? property : System.getenv("INITLAB_BACKEND");
        return "java".equalsIgnoreCase(chosen);
    }

    private static boolean flag(String property, String environment) {
        String v = System.getProperty(property, System.getenv(environment));
        return v != null && (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"));
    }

    /**
     * Switches backend: {@code "java"}, {@code "openblas"} or null (keep the current one); {@code reproducible}
     * means pure-Java products with strict elementwise math (and contradicts {@code "openblas"}). Bad names and
     * an unavailable OpenBLAS fail with one line.
     */
    public static synchronized void select(String backend, boolean reproducible) {
        String name = backend == null ? null : backend.trim().toLowerCase(Locale.ROOT);
        if (name != null && !name.equals("java") && !name.equals("openblas")) {
            throw new IllegalArgumentException("--backend must be java or openblas, got '" + backend + "'");
        }
        if (reproducible && "openblas".equals(name)) {
            throw new IllegalArgumentException("--reproducible runs the pure-Java products (OpenBLAS rounds "
                    + "differently on each CPU); drop '--backend openblas' or '--reproducible'");
        }
        if ("openblas".equals(name) && !NATIVE_AVAILABLE) {
            throw new IllegalArgumentException("--backend openblas: OpenBLAS did not load on this platform ("
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "); use --backend java");
        }
        if (reproducible || "java".equals(name)) {
            useNative = false;
        } else if ("openblas".equals(name)) {
            useNative = true;
        }
        ElementMath.setStrict(reproducible);
    }

    /** Whether the run gives the same bits on every machine (pure-Java products and strict elementwise math). */
    public static boolean reproducible() {
        return !useNative && ElementMath.strict();
    }

    /** "OpenBLAS (1 thread)", "EJML (pure Java)" or "EJML (pure Java), reproducible". */
    public static String backend() {
        if (useNative) {
            return "OpenBLAS (" + threads + " thread" + (threads == 1 ? "" : "s") + ")";
        }
        return "EJML (pure Java)" + (ElementMath.strict() ? ", reproducible (StrictMath exp/log/tanh)" : "");
    }

    /**
     * The backend and what decides its rounding, for reports: for OpenBLAS its version, build target, the
     * {@code OPENBLAS_CORETYPE} override if the machine sets one, and the CPU (OpenBLAS picks its kernel by CPU).
     */
    public static String describe() {
        if (!useNative) {
            return backend();
        }
        String coretype = System.getenv("OPENBLAS_CORETYPE");
        return backend() + ", " + openblas_nolapack.OPENBLAS_VERSION.trim() + ", kernel "
                + (coretype != null ? "OPENBLAS_CORETYPE=" + coretype + " (set by this machine)"
                : "picked by OpenBLAS for this CPU") + ", CPU " + Cpu.description();
    }

    /** Whether the native OpenBLAS backend is in use. */
    public static boolean isNative() {
        return useNative;
    }

    /** Whether OpenBLAS loaded on this platform (whether or not it is in use). */
    public static boolean nativeAvailable() {
        return NATIVE_AVAILABLE;
    }

    /** OpenBLAS's thread count (1 unless set; no effect on the EJML backend). */
    public static int threads() {
        return threads;
    }

    /** Sets OpenBLAS's thread count (no effect on the EJML backend). */
    public static void setThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + count);
        }
        if (NATIVE_AVAILABLE) {
            setNativeThreads(count);
        }
        threads = count;
    }

    /** c = a·b (c modified). */
    public static void mult(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (useNative) {
            gemm(false, false, a, b, 0.0, c);
        } else {
            CommonOps_DDRM.mult(a, b, c);
        }
    }

    /** c += a·b (c modified). */
    public static void multAdd(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (useNative) {
            gemm(false, false, a, b, 1.0, c);
        } else {
            CommonOps_DDRM.multAdd(a, b, c);
        }
    }

    /** c += aᵀ·b (c modified). */
    public static void multAddTransA(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (useNative) {
            gemm(true, false, a, b, 1.0, c);
        } else {
            CommonOps_DDRM.multAddTransA(a, b, c);
        }
    }

    /** c += a·bᵀ (c modified). On EJML, b is transposed first: its multTransB is about 2.5× slower. */
    public static void multAddTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c) {
        if (useNative) {
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
                Arrays.fill(c.data, 0, m * n, 0.0);
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
        DoublePointer pa = s.a(sizeA);
        DoublePointer pb = s.b(sizeB);
        DoublePointer pc = s.c(sizeC);
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
        private DoublePointer a;
        private DoublePointer b;
        private DoublePointer c;

        DoublePointer a(long size) {
            a = ensure(a, size);
            return a;
        }

        DoublePointer b(long size) {
            b = ensure(b, size);
            return b;
        }

        DoublePointer c(long size) {
            c = ensure(c, size);
            return c;
        }

        private static DoublePointer ensure(DoublePointer p, long size) {
            if (p != null && p.capacity() >= size) {
                return p.position(0);
            }
            if (p != null) {
                p.close();
            }
            return new DoublePointer(Math.max(size, 1L << 16));
        }
    }
}
