package org.initlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import course.Course;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.initlab.activation.Activation;
import org.initlab.activation.Tanh;
import org.initlab.autograd.Graph;
import org.initlab.autograd.Tensor;
import org.initlab.lesson.Lesson;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonSkipped;
import org.initlab.nn.FastPath;
import org.initlab.nn.LayerPath;
import org.initlab.nn.PlainPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain ops a student reads (MatMul, AddBias, Activate) and the fast path training runs (fused Affine on
 * OpenBLAS, kept matrices, threads) give the same numbers to rounding on every lesson's network. Each lesson's
 * --quick run goes through a {@link LayerPath} that computes every dense layer's first passes both ways; then every
 * layer shape the lesson used is run forward and backward on both paths and the gradients compared.
 */
class PlainAndFastPathsAgreeTest {
    /** 2^-53, the unit roundoff of a double. */
    private static final double U = 0x1p-53;
    /** Forward passes per layer compared during a lesson (the first ones: training batch, then others). */
    private static final int CHECKED_PASSES_PER_LAYER = 3;
    private static final int SHAPES_CHECKED_BACKWARD = 12;

    @TempDir
    Path tmp;

    @AfterEach
    void restore() {
        LayerPath.useForNewLayers(LayerPath.FAST);
    }

    static List<String> lessons() {
        return Course.lessons().stream().map(Lesson::name).toList();
    }

    /** A layer as a lesson used it: batch rows, fan-in, units and activation (null: z only, an output layer). */
    record Shape(int rows, int fanIn, int units, Activation activation) {
        String key() {
            return rows + "x" + fanIn + "x" + units + " " + (activation == null ? "z" : activation.name());
        }
    }

    /** What the comparing path saw during one lesson. */
    static final class Watch {
        final Map<String, Shape> shapes = new LinkedHashMap<>();
        final List<String> mismatches = new ArrayList<>();
        long affineChecks;
        long activationChecks;
    }

    /** The fast path, with its first passes recomputed on the plain ops and compared. */
    static final class ComparingPath implements LayerPath {
        private final LayerPath fast;
        private final LayerPath plain = new PlainPath();
        private final Watch watch;
        private int passes;
        private Shape lastAffine;

        ComparingPath(LayerPath fast, Watch watch) {
            this.fast = fast;
            this.watch = watch;
        }

        @Override
        public Tensor affine(Tensor x, Tensor w, Tensor b) {
            Tensor z = fast.affine(x, w, b);
            lastAffine = new Shape(x.rows(), w.rows(), w.cols(), null);
            watch.shapes.putIfAbsent(lastAffine.key(), lastAffine);
            if (passes++ < CHECKED_PASSES_PER_LAYER) {
                Tensor reference;
                try (Graph.NoGrad off = Graph.noGrad()) {
                    reference = plain.affine(x, w, b);
                }
                compareAffine(x.value(), w.value(), b.value(), z.value(), reference.value(), lastAffine.key());
            }
            return z;
        }

        private void compareAffine(DMatrixRMaj x, DMatrixRMaj w, DMatrixRMaj b, DMatrixRMaj fastZ,
                                   DMatrixRMaj plainZ, String where) {
            // rounding bound per entry: 4(k+1)·u·(Σ_k |x||w| + |b|), twice the sum's bound for two summation orders
            DMatrixRMaj scale = CommonOps_DDRM.mult(abs(x), abs(w), null);
            double factor = 4.0 * (x.numCols + 1) * U;
            for (int i = 0; i < fastZ.numRows; i++) {
                for (int j = 0; j < fastZ.numCols; j++) {
                    double f = fastZ.get(i, j);
                    double p = plainZ.get(i, j);
                    double bound = factor * (scale.get(i, j) + Math.abs(b.get(0, j)));
                    boolean same = Double.isNaN(p) ? Double.isNaN(f)
                            : !Double.isFinite(bound) || Math.abs(f - p) <= bound;
                    if (!same && watch.mismatches.size() < 5) {
                        watch.mismatches.add("z " + where + " [" + i + "][" + j + "]: fast " + f + ", plain " + p
                                + ", allowed ±" + bound);
                    }
                }
            }
            watch.affineChecks++;
        }

        @Override
        public Tensor activate(Tensor z, Activation activation) {
            Tensor a = fast.activate(z, activation);
            if (lastAffine != null) {
                Shape s = new Shape(lastAffine.rows(), lastAffine.fanIn(), lastAffine.units(), activation);
                watch.shapes.putIfAbsent(s.key(), s);
            }
            if (passes <= CHECKED_PASSES_PER_LAYER) {
                Tensor reference;
                try (Graph.NoGrad off = Graph.noGrad()) {
                    reference = plain.activate(z, activation);
                }
                int n = z.rows() * z.cols();
                for (int i = 0; i < n; i++) {
                    double f = a.value().data[i];
                    double p = reference.value().data[i];
                    if (Double.doubleToLongBits(f) != Double.doubleToLongBits(p) && watch.mismatches.size() < 5) {
                        watch.mismatches.add("a = " + activation.name() + "(z) element " + i + ": fast " + f
                                + ", plain " + p + " (same z: must be the same bits)");
                    }
                }
                watch.activationChecks++;
            }
            return a;
        }
    }

    private static DMatrixRMaj abs(DMatrixRMaj m) {
        DMatrixRMaj out = m.copy();
        for (int i = 0; i < out.getNumElements(); i++) {
            out.data[i] = Math.abs(out.data[i]);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyDenseLayerOfTheLessonComputesTheSameOnBothPaths(String name) {
        Watch watch = new Watch();
        LayerPath.useForNewLayers((units, reuse) -> new ComparingPath(new FastPath(units, reuse), watch));
        try {
            Course.byName(name).run(LessonOptions.quick(tmp), new PrintStream(new ByteArrayOutputStream()));
        } catch (LessonSkipped e) {
            Assumptions.abort(e.getMessage());
        } finally {
            LayerPath.useForNewLayers(LayerPath.FAST);
        }
        Assumptions.assumeTrue(watch.affineChecks > 0, name + " builds no dense layer");
        assertThat(watch.mismatches).as(name + ": fast path vs plain ops, forward").isEmpty();

        List<Shape> shapes = new ArrayList<>(watch.shapes.values());
        for (Shape s : shapes.subList(0, Math.min(SHAPES_CHECKED_BACKWARD, shapes.size()))) {
            assertThat(gradientGap(s, new FastPath(s.units(), true), new PlainPath()))
                    .as(name + ": gradients of a " + s.key() + " layer, fast vs plain")
                    .isLessThan(1e-11);
        }
    }

    /** Largest |fast − plain| over dL/dx, dL/dW, dL/db, relative to the largest |plain| of each. */
    private static double gradientGap(Shape s, LayerPath fastPath, LayerPath plainPath) {
        List<double[][]> fast = gradients(s, fastPath);
        List<double[][]> plain = gradients(s, plainPath);
        double worst = 0;
        for (int t = 0; t < fast.size(); t++) {
            double scale = 0;
            double gap = 0;
            for (int i = 0; i < fast.get(t).length; i++) {
                for (int j = 0; j < fast.get(t)[i].length; j++) {
                    scale = Math.max(scale, Math.abs(plain.get(t)[i][j]));
                    gap = Math.max(gap, Math.abs(fast.get(t)[i][j] - plain.get(t)[i][j]));
                }
            }
            worst = Math.max(worst, scale == 0 ? gap : gap / scale);
        }
        return worst;
    }

    /** dL/dx, dL/dW, dL/db of L = Σ r ⊙ φ(x·W + b) for fixed random x, W, b, r. */
    private static List<double[][]> gradients(Shape s, LayerPath path) {
        SplittableRandom random = new SplittableRandom(s.key().hashCode());
        Tensor x = Tensor.parameter(gaussian(s.rows(), s.fanIn(), random, 1));
        Tensor w = Tensor.parameter(gaussian(s.fanIn(), s.units(), random, 1 / Math.sqrt(s.fanIn())));
        Tensor b = Tensor.parameter(gaussian(1, s.units(), random, 0.1));
        Tensor r = Tensor.of(gaussian(s.rows(), s.units(), random, 1));
        Tensor z = path.affine(x, w, b);
        Tensor out = s.activation() == null ? z : path.activate(z, s.activation());
        out.multiply(r).sum().backward();
        return List.of(x.gradToArray(), w.gradToArray(), b.gradToArray());
    }

    private static double[][] gaussian(int rows, int cols, SplittableRandom random, double std) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = std * random.nextGaussian();
            }
        }
        return m;
    }

    @Test
    void theComparisonNoticesAFastPathThatDropsTheBias() {
        Watch watch = new Watch();
        LayerPath withoutBias = new LayerPath() {
            private final LayerPath fast = new FastPath(3, false);

            @Override
            public Tensor affine(Tensor x, Tensor w, Tensor b) {
                return fast.affine(x, w, Tensor.of(new double[1][w.cols()]));
            }

            @Override
            public Tensor activate(Tensor z, Activation activation) {
                return fast.activate(z, activation);
            }
        };
        ComparingPath comparing = new ComparingPath(withoutBias, watch);
        Tensor x = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        Tensor w = Tensor.parameter(new double[][] {{0.5, -1, 2}, {0.25, 0, 1}});
        Tensor b = Tensor.parameter(new double[][] {{0.1, 0.2, 0.3}});
        comparing.affine(x, w, b);
        assertThat(watch.mismatches).hasSize(5).first().asString().startsWith("z 2x2x3 z [0][0]: fast 1.0, plain 1.1");
    }

    @Test
    void theGradientGapNoticesAPathOffByOnePartInABillion() {
        Shape s = new Shape(4, 3, 2, new Tanh());
        LayerPath slightlyOff = new LayerPath() {
            @Override
            public Tensor affine(Tensor x, Tensor w, Tensor b) {
                return x.matmul(w).add(b).scale(1 + 1e-9);
            }

            @Override
            public Tensor activate(Tensor z, Activation activation) {
                return z.activate(activation);
            }
        };
        assertThat(gradientGap(s, new FastPath(2, true), new PlainPath())).isLessThan(1e-14);
        assertThat(gradientGap(s, slightlyOff, new PlainPath())).isGreaterThan(1e-11);
    }
}
