package org.initlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import course.Course;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims of the lessons beyond the seed (edge of chaos, dynamical isometry), on their --quick configuration. */
class NewLessonClaimsTest {
    @TempDir
    Path tmp;

    private LessonResult run(String name) {
        LessonResult r = Course.byName(name).run(LessonOptions.quick(tmp.resolve(name)),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(tmp.resolve(name).resolve("report.html")).exists();
        r.files().forEach(f -> assertThat(f).isNotEmptyFile());
        return r;
    }

    private static double figure(LessonResult r, String contains) {
        for (Map.Entry<String, Double> e : r.figures().entrySet()) {
            if (e.getKey().contains(contains)) {
                return e.getValue();
            }
        }
        throw new AssertionError("no figure containing '" + contains + "' in " + r.figures().keySet());
    }

    @Test
    void edgeOfChaosMeasuredCorrelationsFollowTheMapAndOnlyTheCriticalNetworkTrainsDeep() {
        LessonResult r = run("edgeofchaos");
        assertThat(r.figure("critical σ_w² at σ_b² = 0.05")).isCloseTo(1.76, within(0.01));
        for (String phase : new String[] {"(ordered)", "(critical)", "(chaotic)"}) {
            assertThat(figure(r, phase + ": correlation at layer 15 (measured)"))
                    .as(phase).isCloseTo(figure(r, phase + ": correlation at layer 15 (theory)"), within(0.1));
        }
        assertThat(figure(r, "(ordered): correlation at layer 15 (measured)")).isGreaterThan(0.95);
        assertThat(figure(r, "(chaotic): correlation at layer 15 (measured)")).isLessThan(0.4);
        assertThat(figure(r, "(critical): ξ_c")).isGreaterThan(1000);
        assertThat(figure(r, "σ_w² 1.76, depth 12: test accuracy")).isGreaterThan(0.75);
        assertThat(figure(r, "σ_w² 0.50, depth 12: test accuracy")).isLessThan(0.6);
        assertThat(figure(r, "Xavier / LeCun, square layers (σ_w² = 1), σ_b² = 0: χ₁")).isCloseTo(1.0, within(1e-3));
        assertThat(figure(r, "gain 5/3 (σ_w² = 25/9), σ_b² = 0: χ₁")).isGreaterThan(1.1);
    }

    @Test
    void isometryOrthogonalLinearIsExactGaussianSpreadsAndSaxesLearningTimeStaysFlat() {
        LessonResult r = run("isometry");
        assertThat(figure(r, "linear, orthogonal: spread p90/p10 at depth 16")).isCloseTo(1.0, within(1e-9));
        assertThat(figure(r, "linear, Gaussian 1/N (lecun-normal): spread p90/p10 at depth 16")).isGreaterThan(100);
        assertThat(figure(r, "relu, orthogonal gain √2: spread p90/p10 at depth 16")).isGreaterThan(10);
        assertThat(figure(r, "tanh, orthogonal, small input: spread p90/p10 at depth 16")).isLessThan(2);
        assertThat(figure(r, "relu, orthogonal gain 1: mean squared singular value at depth 16"))
                .isLessThan(1e-3 * figure(r, "relu, orthogonal gain √2: mean squared singular value at depth 16"));
        assertThat(figure(r, "orthogonal 64 → 16: mean |xW|/|x|")).isCloseTo(0.5, within(0.03));
        assertThat(figure(r, "orthogonal 16 → 64: largest deviation")).isLessThan(1e-12);
        double orthogonalShallow = figure(r, "orthogonal, depth 1: steps to learn");
        double orthogonalDeep = figure(r, "orthogonal, depth 16: steps to learn");
        double gaussianDeep = figure(r, "lecun-normal, depth 16: steps to learn");
        assertThat(orthogonalDeep).isLessThan(2 * orthogonalShallow);
        assertThat(gaussianDeep).isGreaterThan(2 * orthogonalDeep);
    }

    @Test
    void remediesResidualAndNormalizationRescueAPoorInitAndClippingOnlyStopsTheNaN() {
        LessonResult r = run("remedies");
        assertThat(figure(r, "plain, xavier-normal: final test accuracy")).isLessThan(0.6);
        assertThat(figure(r, "plain, xavier-normal: output std, last hidden layer / first")).isLessThan(1e-3);
        assertThat(figure(r, "batch norm, xavier-normal: output std, last hidden layer / first")).isBetween(0.5, 2.0);
        assertThat(figure(r, "batch norm, xavier-normal, depth 16: final test accuracy")).isGreaterThan(0.85);
        // batch norm keeps the forward statistics but its gradients explode with depth (Yang et al. 2019)
        assertThat(figure(r, "batch norm, xavier-normal: largest gradient norm"))
                .isGreaterThan(100 * figure(r, "residual α = 1/√L, xavier-normal: largest gradient norm"));
        assertThat(figure(r, "residual α = 1/√L, xavier-normal: final test accuracy")).isGreaterThan(0.85);
        assertThat(figure(r, "residual α = 1, he-normal: diverged at step")).isGreaterThan(0);
        assertThat(figure(r, "last layer zero: final test accuracy")).isGreaterThan(0.9);
        assertThat(figure(r, "last layer zero: output std, last hidden layer / first")).isCloseTo(1.0, within(1e-9));
        assertThat(figure(r, "(explodes): diverged at step")).isGreaterThan(0);
        assertThat(figure(r, "clipped at 1: diverged at step")).isZero();
        assertThat(figure(r, "clipped at 1: final test accuracy")).isLessThan(0.7);
    }

    @Test
    void outputLayerPriorBiasStartsAtTheLabelEntropyAndSavesTheFirstSteps() {
        LessonResult r = run("outputlayer");
        double h = r.figure("binary: label entropy H(π)");
        assertThat(h).isCloseTo(0.199, within(0.02));
        assertThat(figure(r, "zero last layer + prior bias: initial loss")).isCloseTo(h, within(1e-6));
        assertThat(figure(r, "zero biases (Keras): initial loss")).isCloseTo(Math.log(2), within(0.05));
        assertThat(figure(r, "large last layer, normal std 3: initial loss")).isGreaterThan(1.0);
        assertThat(figure(r, "prior bias log(π/(1−π)): steps to loss"))
                .isLessThan(figure(r, "zero biases (Keras): steps to loss") / 3);
        assertThat(figure(r, "class log-priors: initial loss")).isLessThan(figure(r, "zero output bias: initial loss"));
    }
}
