package org.initlab.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.initlab.data.Dataset;
import org.initlab.data.ImageDatasets;
import org.initlab.data.TrainTest;
import org.initlab.fast.Kernels;
import org.initlab.lab.LabServer;
import org.initlab.names.DidYouMean;
import org.initlab.nn.LayerPath;
import org.initlab.activation.Relu;
import org.initlab.activation.Tanh;
import org.initlab.autograd.Tensor;
import org.initlab.data.Batch;
import org.initlab.data.ToyData;
import org.initlab.init.FanMode;
import org.initlab.init.HeNormal;
import org.initlab.init.Normal;
import org.initlab.init.XavierNormal;
import org.initlab.init.Zeros;
import org.initlab.nn.Loss;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Momentum;
import org.initlab.optim.Optimizer;
import org.initlab.optim.Sgd;
import org.initlab.random.RandomStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the engine on fixed workloads (see ../shared/bench/README.md): median milliseconds per unit of work after
 * warm-up, with min and max over the repeats.
 */
@Command(name = "bench", description = "Time the engine on fixed workloads (median ms per unit of work after warm-up).")
final class BenchCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    BackendOptions backendOptions;

    private static final List<String> WORKLOADS = List.of("deep-narrow", "deep-narrow-relu", "wide", "probe",
            "matmul-512", "matmul-128x784x256", "wide-epoch", "lab-probe");

    @Option(names = "--workloads", split = ",", paramLabel = "a,b", description = "which (default: all): deep-narrow, "
            + "deep-narrow-relu, wide, probe, matmul-512, matmul-128x784x256, wide-epoch, lab-probe")
    List<String> workloads;
    @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
            description = "threads for the matrix products (default: ${DEFAULT-VALUE})")
    int threads;
    @Option(names = "--format", defaultValue = "text", paramLabel = "F", description = "text or tsv")
    String format;
    @Option(names = "--repeats", defaultValue = "7", paramLabel = "R",
            description = "timed repeats (default: ${DEFAULT-VALUE})")
    int repeats;

    @Override
    public Integer call() {
        backendOptions.apply();
        if (!format.equals("text") && !format.equals("tsv")) {
            throw new IllegalArgumentException("--format must be text or tsv, got '" + format + "'");
        }
        int processors = Runtime.getRuntime().availableProcessors();
        if (threads < 1 || threads > processors) {
            throw new IllegalArgumentException("--threads must be between 1 and this machine's " + processors
                    + " processors, got " + threads);
        }
        if (repeats < 1) {
            throw new IllegalArgumentException("--repeats must be at least 1 (the median needs a timing), got "
                    + repeats);
        }
        Kernels.setThreads(threads);
        List<String> chosen = workloads == null ? WORKLOADS : workloads;
        for (String w : chosen) {
            if (!WORKLOADS.contains(w)) {
                throw new IllegalArgumentException("unknown workload '" + w + "'" + DidYouMean.hint(w, WORKLOADS)
                        + "; known: " + String.join(", ", WORKLOADS));
            }
        }
        System.out.println((format.equals("tsv") ? "# " : "") + "arithmetic: " + LayerPath.describeArithmetic());
        if (format.equals("text")) {
            System.out.printf(Locale.ROOT,
                    "%-20s %10s %10s %10s  %s%n", "workload", "median ms", "min ms", "max ms", "unit");
        }
        for (String w : chosen) {
            if (w.equals("wide-epoch") && !ImageDatasets.fashionInstalled()) {
                if (workloads != null) {
                    System.err.println("wide-epoch skipped: Fashion-MNIST is not installed "
                            + "(sudo apt-get install dataset-fashion-mnist)");
                }
                continue;
            }
            Runnable work = workload(w);
            int inner = w.equals("probe") || w.equals("wide-epoch") || w.equals("lab-probe") ? 1
                    : w.startsWith("matmul") ? 20 : 50;
            double[] ms = w.equals("wide-epoch") ? time(work, inner, 1, 3) : time(work, inner);
            String unit = w.startsWith("matmul") ? "product" : w.equals("probe") ? "forward pass"
                    : w.equals("wide-epoch") ? "epoch" : w.equals("lab-probe")
                    ? "lab update (20×256 tanh, batch 500)" : "step";
            if (w.startsWith("matmul")) {
                double flops = w.equals("matmul-512") ? 2.0 * 512 * 512 * 512 : 2.0 * 128 * 784 * 256;
                unit += String.format(Locale.ROOT, " (%.1f GFLOP/s)", flops / (ms[0] * 1e6));
            }
            if (format.equals("tsv")) {
                System.out.printf(Locale.ROOT, "%s\t%d\tfloat64\t%.4f\t%.4f\t%.4f\t%s%n", w, threads, ms[0],
                        ms[1], ms[2], unit);
            } else {
                System.out.printf(Locale.ROOT, "%-20s %10.4f %10.4f %10.4f  %s%n", w, ms[0], ms[1], ms[2], unit);
            }
        }
        return 0;
    }

    /** {median, min, max} milliseconds per call over the repeats, after two warm-up rounds. */
    private double[] time(Runnable work, int inner) {
        return time(work, inner, 2, repeats);
    }

    private static double[] time(Runnable work, int inner, int warmupRounds, int repeats) {
        for (int i = 0; i < warmupRounds * inner; i++) {
            work.run();
        }
        double[] per = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < inner; i++) {
                work.run();
            }
            per[r] = (System.nanoTime() - t0) / 1e6 / inner;
        }
        double[] sorted = per.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[repeats / 2], sorted[0], sorted[repeats - 1]};
    }

    private static Runnable workload(String name) {
        switch (name) {
            case "deep-narrow":
                return trainingStep(Mlp.uniform(2, 20, 64, 1, new Tanh())
                        .initialize(new XavierNormal(1), new Zeros(), 1), Losses.binaryCrossEntropy(), new Sgd(0.01),
                        ToyData.circles(64, 0.05, 1).all());
            case "deep-narrow-relu":
                return trainingStep(Mlp.uniform(2, 20, 64, 1, new Relu())
                                .initialize(new HeNormal(FanMode.FAN_IN, 0), new Zeros(), 1),
                        Losses.binaryCrossEntropy(), new Sgd(0.01), ToyData.circles(64, 0.05, 1).all());
            case "wide": {
                Mlp net = new Mlp(784, List.of(256, 256), 10, new Relu())
                        .initialize(new HeNormal(FanMode.FAN_IN, 0), new Zeros(), 1);
                Tensor x = ToyData.gaussian(128, 784, 1).all().x();
                int[] labels = RandomStreams.of(1, "labels").ints(128, 0, 10).toArray();
                return trainingStep(net, Losses.softmaxCrossEntropy(), new Momentum(0.1, 0.9, false),
                        new Batch(x, labels));
            }
            case "probe": {
                Mlp net = Mlp.uniform(500, 10, 500, 1, new Tanh())
                        .initialize(new Normal(0, Math.sqrt(1.0 / 500)), new Zeros(), 1);
                Tensor x = ToyData.gaussian(1000, 500, 1).all().x();
                return () -> net.forwardNoGrad(x);
            }
            case "lab-probe":
                // one update of the lab page: GET /api/probe for 20 tanh layers of 256, batch 500 (target ≤ 300 ms)
                return () -> LabServer.probeJson(Map.of("activation", "tanh", "init", "xavier-normal",
                        "depth", "20", "width", "256", "batch", "500"));
            case "matmul-512":
                return product(512, 512, 512);
            case "wide-epoch": {
                TrainTest fashion = ImageDatasets.load("fashion-mnist", null, 0, false);
                Mlp net = new Mlp(784, List.of(256, 256), 10, new Relu())
                        .initialize(new HeNormal(FanMode.FAN_IN, 0), new Zeros(), 1);
                Loss loss = Losses.softmaxCrossEntropy();
                Optimizer opt = new Momentum(0.1, 0.9, false);
                List<Tensor> params = net.parameters();
                Dataset train = fashion.train();
                return () -> {
                    int[] order = Dataset.permutation(train.size(), RandomStreams.of(1, "shuffle"));
                    for (int start = 0; start < train.size(); start += 128) {
                        Batch b = train.batch(Arrays.copyOfRange(order, start, Math.min(train.size(), start + 128)));
                        net.zeroGrad();
                        loss.compute(net.forward(b.x()), b.labels()).backward();
                        opt.step(params);
                    }
                };
            }
            default:
                return product(128, 784, 256);
        }
    }

    private static Runnable trainingStep(Mlp net, Loss loss, Optimizer optimizer, Batch batch) {
        List<Tensor> params = net.parameters();
        return () -> {
            net.zeroGrad();
            loss.compute(net.forward(batch.x()), batch.labels()).backward();
            optimizer.step(params);
        };
    }

    private static Runnable product(int n, int k, int m) {
        DMatrixRMaj a = ToyData.gaussian(n, k, 1).all().x().value();
        DMatrixRMaj b = ToyData.gaussian(k, m, 2).all().x().value();
        DMatrixRMaj c = new DMatrixRMaj(n, m);
        return () -> Kernels.mult(a, b, c);
    }
}
