package org.initlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.initlab.activation.Activations;
import org.initlab.init.Initializers;
import org.junit.jupiter.api.Test;

/** The small value types lessons share: spreads over seeds, options, run specs, results and figure formatting. */
class LessonPiecesTest {

    @Test
    void spreadOfAnOddCountHasTheMiddleValueAsMedianAndItsExtremesAsRange() {
        Spread s = new Spread(new double[] {0.9, 0.5, 1.0, 0.7, 0.6});
        assertThat(s.median()).isEqualTo(0.7);
        assertThat(s.min()).isEqualTo(0.5);
        assertThat(s.max()).isEqualTo(1.0);
        assertThat(s.count()).isEqualTo(5);
        assertThat(s.percent()).isEqualTo("70% (50–100%, 5 seeds)");
        assertThat(s.format("%.2f")).isEqualTo("0.70 (0.50–1.00, 5 seeds)");
    }

    @Test
    void spreadOfAnEvenCountAveragesTheTwoMiddleValues() {
        assertThat(new Spread(new double[] {4, 1, 3, 2}).median()).isEqualTo(2.5);
        assertThat(new Spread(new double[] {2, 8}).median()).isEqualTo(5.0);
    }

    @Test
    void spreadOfOneSeedPrintsTheValueAlone() {
        Spread one = new Spread(new double[] {0.834});
        assertThat(one.percent()).isEqualTo("83%");
        assertThat(one.format("%.3f")).isEqualTo("0.834");
        assertThat(one.median()).isEqualTo(0.834);
    }

    @Test
    void spreadCountsOnlyValuesStrictlyAboveTheThreshold() {
        Spread s = new Spread(new double[] {0.9, 0.5, 0.95, 0.9});
        assertThat(s.countAbove(0.9)).isEqualTo(1);
        assertThat(s.countAbove(0.5)).isEqualTo(3);
        assertThat(s.countAbove(1.0)).isZero();
    }

    @Test
    void spreadKeepsItsOwnCopyAndRefusesNoValues() {
        double[] values = {1, 2, 3};
        Spread s = new Spread(values);
        values[0] = 100;
        assertThat(s.max()).isEqualTo(3);
        assertThatThrownBy(() -> new Spread(new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a spread needs at least one value");
    }

    @Test
    void optionsGivenOverrideTheLessonsDefaultsAndMissingOnesFallBack() {
        LessonOptions given = new LessonOptions("relu", 7, 48, "he-normal", 11L, 3, Path.of("out"), true, 4);
        assertThat(given.activationOr("tanh")).isEqualTo("relu");
        assertThat(given.depthOr(2)).isEqualTo(7);
        assertThat(given.widthOr(2)).isEqualTo(48);
        assertThat(given.initOr("zeros")).isEqualTo("he-normal");
        assertThat(given.seedOr(1)).isEqualTo(11L);
        assertThat(given.epochsOr(9)).isEqualTo(3);
        assertThat(given.seedsOr(9)).isEqualTo(4);
        assertThat(given.folder()).isEqualTo(Path.of("out"));

        LessonOptions defaults = LessonOptions.defaults(Path.of("d"));
        assertThat(defaults.activationOr("tanh")).isEqualTo("tanh");
        assertThat(defaults.depthOr(2)).isEqualTo(2);
        assertThat(defaults.widthOr(5)).isEqualTo(5);
        assertThat(defaults.initOr("zeros")).isEqualTo("zeros");
        assertThat(defaults.seedOr(13)).isEqualTo(13L);
        assertThat(defaults.epochsOr(9)).isEqualTo(9);
        assertThat(defaults.seedsOr(6)).isEqualTo(6);
        assertThat(defaults.quick()).isFalse();
        assertThat(LessonOptions.quick(Path.of("q")).quick()).isTrue();
        assertThat(LessonOptions.quick(Path.of("q")).seeds()).isNull();
    }

    @Test
    void runSpecCopiesChangeOnlyTheirOwnField() {
        RunSpec base = RunSpec.of("a", Activations.byName("tanh"), 3, 8, Initializers.byName("xavier-normal"), 2, 5);
        assertThat(base.optimizer()).isEqualTo("sgd");
        assertThat(base.learningRate()).isEqualTo(0.1);
        assertThat(base.batchSize()).isEqualTo(32);
        assertThat(base.recordEvery()).isEqualTo(10);
        assertThat(base.biases().name()).isEqualTo("zeros");

        RunSpec adam = base.withOptimizer("adam", 0.01);
        assertThat(adam).isEqualTo(new RunSpec("a", base.activation(), 3, 8, base.weights(), base.biases(), "adam",
                0.01, 2, 32, 5, 10));
        assertThat(base.withBatchSize(7).batchSize()).isEqualTo(7);
        assertThat(base.withBatchSize(7).withBatchSize(32)).isEqualTo(base);
        assertThat(base.withRecordEvery(3).recordEvery()).isEqualTo(3);
        assertThat(base.withRecordEvery(3).withRecordEvery(10)).isEqualTo(base);
        assertThat(base.withSeed(9).seed()).isEqualTo(9L);
        assertThat(base.withSeed(9).withSeed(5)).isEqualTo(base);
        assertThat(base.withLabel("b").label()).isEqualTo("b");
        assertThat(base.withLabel("b").withLabel("a")).isEqualTo(base);
        RunSpec ones = base.withBiases(Initializers.byName("ones"));
        assertThat(ones.biases().name()).isEqualTo("ones");
        assertThat(ones.withBiases(base.biases())).isEqualTo(base);
    }

    @Test
    void runSpecDescribesItselfInOneLine() {
        RunSpec spec = RunSpec.of("a", Activations.byName("tanh"), 3, 8, Initializers.byName("xavier-normal"), 2, 5);
        assertThat(spec.describe()).isEqualTo("tanh, 3×8, xavier-normal ("
                + Initializers.byName("xavier-normal").describe() + "), sgd lr 0.1, 2 epochs, batch 32, seed 5");
    }

    @Test
    void resultWithoutAVerdictAnswersWithItsLastFinding() {
        LessonResult r = new LessonResult("he", List.of("first", "last"), Map.of("gain", 2.0), List.of());
        assertThat(r.verdict()).isEqualTo("last");
        assertThat(new LessonResult("he", List.of(), Map.of(), List.of()).verdict()).isEmpty();
        assertThat(r.figure("gain")).isEqualTo(2.0);
    }

    @Test
    void askingForAFigureThatIsNotThereNamesTheOnesThatAre() {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("depth", 10.0);
        figures.put("gain", 2.0);
        LessonResult r = new LessonResult("he", List.of(), figures, List.of(), "yes");
        assertThatThrownBy(() -> r.figure("gian"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("he: no figure 'gian'; there are [depth, gain]");
    }

    @Test
    void figuresPrintAsIntegersWhenWholeAndWithFourSignificantDigitsOtherwise() {
        assertThat(Findings.format(Double.NaN)).isEqualTo("-");
        assertThat(Findings.format(3.0)).isEqualTo("3");
        assertThat(Findings.format(-12.0)).isEqualTo("-12");
        assertThat(Findings.format(0.123456)).isEqualTo("0.1235");
        assertThat(Findings.format(2.5)).isEqualTo("2.500");
        assertThat(Findings.format(1e9)).isEqualTo("1.000e+09");
        assertThat(Findings.format(999_999_999.0)).isEqualTo("999999999");
        assertThat(Findings.format(-1e9)).isEqualTo("-1.000e+09");
    }

    @Test
    void skippedLessonCarriesTheFixInItsMessage() {
        assertThat(new LessonSkipped("run initlab data fetch mnist").getMessage())
                .isEqualTo("run initlab data fetch mnist");
    }
}
