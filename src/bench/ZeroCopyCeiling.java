import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How fast could initlab's products be without copying? The ceiling of the "native-memory plan" of BENCHMARKS.md,
 * measured on one OpenBLAS library, three ways, alternating in one run:
 * <ol>
 *   <li>heap: dgemm reads and writes the Java arrays themselves (the Foreign Function API's critical downcalls,
 *       JDK 22 or later) — what weights and layer buffers in native memory would give;</li>
 *   <li>native: dgemm on matrices that already live in native memory (the same thing, another way);</li>
 *   <li>staged: copy a and b into native memory, dgemm, copy c back — what {@code Kernels} does today.</li>
 * </ol>
 * Not part of the build (initlab targets Java 17). Run with a JDK 22+ from the repository root, e.g.:
 * <pre>
 * java --enable-native-access=ALL-UNNAMED src/bench/ZeroCopyCeiling.java LIBRARY THREADS M K N
 * </pre>
 * LIBRARY: the OpenBLAS initlab bundles ({@code ~/.javacpp/cache/.../libopenblas_nolapack.so}, extracted on the first
 * run of {@code ./initlab}) or Debian's ({@code /usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0}, which
 * PyTorch uses). Prints the median milliseconds per product of each way over 7 rounds of 20 products.
 */
public final class ZeroCopyCeiling {
    private static final int ROW_MAJOR = 101;
    private static final int NO_TRANS = 111;

    public static void main(String[] args) throws Throwable {
        Arena arena = Arena.global();
        SymbolLookup library = SymbolLookup.libraryLookup(Path.of(args[0]), arena);
        Linker linker = Linker.nativeLinker();
        FunctionDescriptor gemm = FunctionDescriptor.ofVoid(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT,
                JAVA_DOUBLE, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_DOUBLE, ADDRESS, JAVA_INT);
        MethodHandle dgemm = linker.downcallHandle(library.find("cblas_dgemm").orElseThrow(), gemm,
                Linker.Option.critical(true));
        MethodHandle threads = linker.downcallHandle(library.find("openblas_set_num_threads").orElseThrow(),
                FunctionDescriptor.ofVoid(JAVA_INT));
        threads.invokeExact(Integer.parseInt(args[1]));
        int m = Integer.parseInt(args[2]);
        int k = Integer.parseInt(args[3]);
        int n = Integer.parseInt(args[4]);
        double[] a = gaussian(m * k, 1);
        double[] b = gaussian(k * n, 2);
        double[] c = new double[m * n];
        MemorySegment ha = MemorySegment.ofArray(a);
        MemorySegment hb = MemorySegment.ofArray(b);
        MemorySegment hc = MemorySegment.ofArray(c);
        MemorySegment na = arena.allocate(8L * a.length, 64).copyFrom(ha);
        MemorySegment nb = arena.allocate(8L * b.length, 64).copyFrom(hb);
        MemorySegment nc = arena.allocate(8L * c.length, 64);
        int rounds = 7;
        int products = 20;
        double[][] ms = new double[3][rounds];
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < products; i++) {
                dgemm.invokeExact(ROW_MAJOR, NO_TRANS, NO_TRANS, m, n, k, 1.0, ha, k, hb, n, 0.0, hc, n);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < products; i++) {
                dgemm.invokeExact(ROW_MAJOR, NO_TRANS, NO_TRANS, m, n, k, 1.0, na, k, nb, n, 0.0, nc, n);
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < products; i++) {
                MemorySegment.copy(ha, 0, na, 0, ha.byteSize());
                MemorySegment.copy(hb, 0, nb, 0, hb.byteSize());
                dgemm.invokeExact(ROW_MAJOR, NO_TRANS, NO_TRANS, m, n, k, 1.0, na, k, nb, n, 0.0, nc, n);
                MemorySegment.copy(nc, 0, hc, 0, hc.byteSize());
            }
            long t3 = System.nanoTime();
            ms[0][round] = (t1 - t0) / 1e6 / products;
            ms[1][round] = (t2 - t1) / 1e6 / products;
            ms[2][round] = (t3 - t2) / 1e6 / products;
        }
        System.out.printf(Locale.ROOT, "%dx%dx%d, %s thread(s): heap %.3f ms, native %.3f ms, "
                + "staged %.3f ms (median of %d rounds)%n", m, k, n, args[1], median(ms[0]), median(ms[1]),
                median(ms[2]), rounds);
    }

    private static double[] gaussian(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
