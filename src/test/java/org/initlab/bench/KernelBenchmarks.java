package org.initlab.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.initlab.activation.Relu;
import org.initlab.activation.Tanh;
import org.initlab.fast.Kernels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the kernels behind the ops: the matrix-product variants (OpenBLAS through {@link Kernels},
 * EJML's {@code mult} and {@code multTransB}) and activation loops. Run with {@code mvn -Pbench test-compile exec:exec}
 * (not part of the test suite).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KernelBenchmarks {
    @Param({"64", "256", "512"})
    int size;

    DMatrixRMaj a;
    DMatrixRMaj b;
    DMatrixRMaj c;
    double[] z;
    double[] out;
    double[] grad;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(1);
        a = new DMatrixRMaj(size, size);
        b = new DMatrixRMaj(size, size);
        c = new DMatrixRMaj(size, size);
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = r.nextGaussian();
            b.data[i] = r.nextGaussian();
        }
        z = a.data.clone();
        out = new double[z.length];
        grad = new double[z.length];
    }

    @Benchmark
    public DMatrixRMaj multKernels() {
        Kernels.mult(a, b, c);
        return c;
    }

    @Benchmark
    public DMatrixRMaj multEjml() {
        CommonOps_DDRM.mult(a, b, c);
        return c;
    }

    @Benchmark
    public DMatrixRMaj multTransBEjml() {
        CommonOps_DDRM.multTransB(a, b, c);
        return c;
    }

    @Benchmark
    public DMatrixRMaj multAddTransBKernels() {
        Kernels.multAddTransB(a, b, c);
        return c;
    }

    @Benchmark
    public double[] tanhForwardFast() {
        new Tanh().forward(z, out, 0, z.length);
        return out;
    }

    @Benchmark
    public double[] tanhForwardMathTanh() {
        for (int i = 0; i < z.length; i++) {
            out[i] = Math.tanh(z[i]);
        }
        return out;
    }

    @Benchmark
    public double[] tanhBackward() {
        new Tanh().backward(z, out, z, grad, 0, z.length);
        return grad;
    }

    @Benchmark
    public double[] reluForward() {
        new Relu().forward(z, out, 0, z.length);
        return out;
    }
}
