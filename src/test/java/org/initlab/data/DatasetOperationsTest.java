package org.initlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Rows, batches, subsets, standardization and imbalance on small sets whose every value is known by hand. */
class DatasetOperationsTest {
    /** Three rows of two features: (0, 1), (10, 11), (20, 21), labelled 0, 1, 1. */
    private static Dataset threeRows() {
        return new Dataset("three", new double[] {0, 1, 10, 11, 20, 21}, 2, new int[] {0, 1, 1}, 2);
    }

    /** Two images of three pixels: (0, 51, 255) and (102, 204, 153), labelled 1, 0. */
    private static Dataset twoImages() {
        byte[] pixels = {0, 51, (byte) 255, 102, (byte) 204, (byte) 153};
        return Dataset.ofPixels("images", pixels, 3, new int[] {1, 0}, 2);
    }

    @Test
    void labelsOutsideTheClassRangeAreRefusedWithTheExample() {
        assertThatThrownBy(() -> new Dataset("d", new double[] {1, 2}, 1, new int[] {0, 2}, 2))
                .hasMessage("dataset d: label 2 of example 1 is outside [0, 2)");
        assertThatThrownBy(() -> new Dataset("d", new double[] {1, 2}, 1, new int[] {-1, 0}, 2))
                .hasMessage("dataset d: label -1 of example 0 is outside [0, 2)");
        assertThatThrownBy(() -> Dataset.ofPixels("p", new byte[] {1, 2}, 1, new int[] {0, 3}, 3))
                .hasMessage("dataset p: label 3 of example 1 is outside [0, 3)");
        assertThat(new Dataset("d", new double[] {1, 2}, 1, new int[] {0, 1}, 2).size()).isEqualTo(2);
    }

    @Test
    void aFeatureCountOfZeroOrAMismatchedLengthIsRefused() {
        assertThatThrownBy(() -> new Dataset("d", new double[0], 0, new int[0], 2))
                .hasMessage("dataset d: 0 feature values do not make 0 rows of 0 features");
        assertThatThrownBy(() -> new Dataset("d", new double[5], 2, new int[2], 2))
                .hasMessage("dataset d: 5 feature values do not make 2 rows of 2 features");
        assertThatThrownBy(() -> Dataset.ofPixels("p", new byte[0], 0, new int[0], 2))
                .hasMessage("dataset p: 0 pixels do not make 0 images of 0 pixels");
        assertThatThrownBy(() -> Dataset.ofPixels("p", new byte[3], 2, new int[2], 2))
                .hasMessage("dataset p: 3 pixels do not make 2 images of 2 pixels");
    }

    @Test
    void pixelsReadAsFractionsOf255() {
        Dataset d = twoImages();
        assertThat(d.feature(0, 0)).isEqualTo(0.0);
        assertThat(d.feature(0, 1)).isEqualTo(0.2);
        assertThat(d.feature(0, 2)).isEqualTo(1.0);
        assertThat(d.feature(1, 2)).isEqualTo(0.6);
        assertThat(d.toString()).isEqualTo("images (2 examples, 3 features, 2 classes)");
    }

    @Test
    void standardizingSubtractsTheMeanAndDividesByTheStd() {
        Dataset s = threeRows().standardized(10, 4);
        assertThat(s.feature(0, 0)).isEqualTo(-2.5);
        assertThat(s.feature(1, 1)).isEqualTo(0.25);
        assertThat(s.feature(2, 1)).isEqualTo(2.75);
        assertThat(s.name()).isEqualTo("three");
        assertThat(s.labels()).containsExactly(0, 1, 1);
        assertThat(s.classes()).isEqualTo(2);
    }

    @Test
    void standardizingImagesTwiceComposesBothSteps() {
        // ((p − 0.2)/0.5 − 1)/4 = (p − 0.7)/2
        Dataset s = twoImages().standardized(0.2, 0.5).standardized(1, 4);
        assertThat(s.feature(0, 0)).isCloseTo(-0.35, within(1e-15));
        assertThat(s.feature(0, 2)).isCloseTo(0.15, within(1e-15));
        assertThat(s.feature(1, 1)).isCloseTo(0.05, within(1e-15));
        double[][] batch = rows(s.batch(new int[] {1, 0}));
        assertThat(batch[0][1]).isCloseTo(0.05, within(1e-15));
        assertThat(batch[1][2]).isCloseTo(0.15, within(1e-15));
        assertThat(batch[1][0]).isCloseTo(-0.35, within(1e-15));
    }

    @Test
    void aStdThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> threeRows().standardized(0, 0))
                .hasMessage("standardize: std must be positive, got 0.0");
        assertThatThrownBy(() -> twoImages().standardized(0, Double.NaN))
                .hasMessage("standardize: std must be positive, got NaN");
    }

    @Test
    void meanAndStdAreOverEveryFeatureValue() {
        // values 0, 1, 10, 11, 20, 21: mean 63/6 = 10.5, E[v²] = 1063/6, variance 1063/6 − 110.25
        double[] ms = threeRows().featureMeanAndStd();
        assertThat(ms[0]).isEqualTo(10.5);
        assertThat(ms[1]).isCloseTo(Math.sqrt(1063.0 / 6 - 110.25), within(1e-12));
        double[] constant = new Dataset("c", new double[] {3, 3}, 1, new int[2], 1).featureMeanAndStd();
        assertThat(constant[1]).as("a constant set gets a tiny std, not 0").isEqualTo(1e-12);
    }

    @Test
    void aBatchHoldsTheChosenRowsInTheOrderAsked() {
        Batch b = threeRows().batch(new int[] {2, 0});
        assertThat(b.size()).isEqualTo(2);
        assertThat(b.labels()).containsExactly(1, 0);
        assertThat(rows(b)).isDeepEqualTo(new double[][] {{20, 21}, {0, 1}});
        Batch images = twoImages().batch(new int[] {1, 1, 0});
        assertThat(images.size()).isEqualTo(3);
        assertThat(images.labels()).containsExactly(0, 0, 1);
        assertThat(rows(images)).isDeepEqualTo(new double[][] {{0.4, 0.8, 0.6}, {0.4, 0.8, 0.6}, {0, 0.2, 1}});
    }

    @Test
    void aBatchReusesTheGivenMatrixOnlyWhenItHasTheRightShape() {
        Dataset d = threeRows();
        DMatrixRMaj into = new DMatrixRMaj(2, 2);
        assertThat(d.batch(new int[] {1, 2}, into).x().value()).isSameAs(into);
        assertThat(into.data).containsExactly(10, 11, 20, 21);
        DMatrixRMaj wrongRows = new DMatrixRMaj(3, 2);
        assertThat(d.batch(new int[] {1, 2}, wrongRows).x().value()).isNotSameAs(wrongRows);
        DMatrixRMaj wrongCols = new DMatrixRMaj(2, 3);
        assertThat(d.batch(new int[] {1, 2}, wrongCols).x().value()).isNotSameAs(wrongCols);
        assertThat(d.batch(new int[] {1, 2}, null).x().value().data).containsExactly(10, 11, 20, 21);
    }

    @Test
    void allIsEveryExampleInOrder() {
        Batch all = threeRows().all();
        assertThat(all.labels()).containsExactly(0, 1, 1);
        assertThat(rows(all)).isDeepEqualTo(new double[][] {{0, 1}, {10, 11}, {20, 21}});
    }

    @Test
    void labelsAreACopy() {
        Dataset d = threeRows();
        d.labels()[0] = 1;
        assertThat(d.label(0)).isZero();
    }

    @Test
    void subsetsCopyTheChosenRowsOfFeaturesAndOfPixels() {
        Dataset s = threeRows().subset(new int[] {2, 1}, "picked");
        assertThat(s.name()).isEqualTo("picked");
        assertThat(s.labels()).containsExactly(1, 1);
        assertThat(rows(s.all())).isDeepEqualTo(new double[][] {{20, 21}, {10, 11}});
        Dataset p = twoImages().standardized(0.2, 0.5).subset(new int[] {1}, "one");
        assertThat(p.size()).isEqualTo(1);
        assertThat(p.featureCount()).isEqualTo(3);
        assertThat(p.labels()).containsExactly(0);
        assertThat(p.feature(0, 0)).isCloseTo(0.4, within(1e-15));
        assertThat(p.feature(0, 1)).isCloseTo(1.2, within(1e-15));
    }

    @Test
    void splitRefusesFractionsOutsideTheOpenInterval() {
        Dataset d = ToyData.circles(20, 0.1, 1);
        assertThatThrownBy(() -> d.split(0, 1)).hasMessage("split: testFraction must be in (0, 1), got 0.0");
        assertThatThrownBy(() -> d.split(1, 1)).hasMessage("split: testFraction must be in (0, 1), got 1.0");
        TrainTest tt = d.split(0.25, 1);
        assertThat(tt.test().size()).isEqualTo(6);
        assertThat(tt.train().size()).isEqualTo(14);
        assertThat(tt.train().name()).isEqualTo("circles/train");
        assertThat(tt.test().name()).isEqualTo("circles/test");
    }

    @Test
    void aPermutationHoldsEveryIndexOnceAndIsNotTheIdentity() {
        int[] p = Dataset.permutation(10, new SplittableRandom(3));
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        assertThat(sorted).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(p).isNotEqualTo(sorted);
        assertThat(Dataset.permutation(1, new SplittableRandom(3))).containsExactly(0);
        assertThat(Dataset.permutation(0, new SplittableRandom(3))).isEmpty();
    }

    @Test
    void fisherYatesDrawsOneIndexPerPositionFromTheTop() {
        // i = 3: j = nextInt(4); i = 2: j = nextInt(3); i = 1: j = nextInt(2)
        SplittableRandom reference = new SplittableRandom(17);
        int[] expected = {0, 1, 2, 3};
        for (int i = 3; i > 0; i--) {
            int j = reference.nextInt(i + 1);
            int t = expected[i];
            expected[i] = expected[j];
            expected[j] = t;
        }
        assertThat(Dataset.permutation(4, new SplittableRandom(17))).containsExactly(expected);
    }

    @Test
    void imbalanceKeepsEveryNegativeAndTheAskedShareOfPositives() {
        Dataset balanced = ToyData.circles(200, 0.1, 2);
        Dataset rare = Imbalance.positiveFraction(balanced, 0.2, 5);
        // 100 negatives; positives kept = round(0.2/0.8 · 100) = 25
        assertThat(rare.size()).isEqualTo(125);
        assertThat(Arrays.stream(rare.labels()).filter(y -> y == 1).count()).isEqualTo(25);
        assertThat(rare.name()).isEqualTo("circles (0.200 positive)");
        assertThat(rare.classes()).isEqualTo(2);
        assertThat(Imbalance.positiveFraction(balanced, 0.5, 5).size()).isEqualTo(200);
        assertThat(Imbalance.positiveFraction(balanced, 1e-6, 5).size()).as("at least one positive").isEqualTo(101);
    }

    @Test
    void imbalanceKeepsTheOriginalOrderOfTheExamplesItKeeps() {
        Dataset balanced = ToyData.circles(40, 0.1, 2);
        Dataset rare = Imbalance.positiveFraction(balanced, 0.1, 5);
        int next = 0;
        for (int i = 0; i < rare.size(); i++) {
            while (balanced.feature(next, 0) != rare.feature(i, 0)) {
                next++;
            }
            assertThat(balanced.label(next)).isEqualTo(rare.label(i));
            assertThat(balanced.feature(next, 1)).isEqualTo(rare.feature(i, 1));
        }
        assertThat(rare.size()).isEqualTo(20 + 2);
        assertThat(rows(Imbalance.positiveFraction(balanced, 0.1, 5).all())).isDeepEqualTo(rows(rare.all()));
        assertThat(Arrays.deepEquals(rows(Imbalance.positiveFraction(balanced, 0.1, 6).all()), rows(rare.all())))
                .as("another seed keeps other positives").isFalse();
    }

    @Test
    void imbalanceRefusesFractionsItCannotMake() {
        Dataset balanced = ToyData.circles(20, 0.1, 2);
        assertThatThrownBy(() -> Imbalance.positiveFraction(balanced, 0, 1))
                .hasMessage("--positive-fraction must be strictly between 0 and 1, got 0.0");
        assertThatThrownBy(() -> Imbalance.positiveFraction(balanced, 1, 1))
                .hasMessage("--positive-fraction must be strictly between 0 and 1, got 1.0");
        assertThatThrownBy(() -> Imbalance.positiveFraction(ToyData.blobs(30, 3, 0.1, 1), 0.2, 1))
                .hasMessage("--positive-fraction needs a set with 2 classes; blobs has 3");
        assertThatThrownBy(() -> Imbalance.positiveFraction(balanced, 0.6, 1))
                .hasMessage("--positive-fraction 0.6000 is above the share of positives circles already has (0.5000); "
                        + "only smaller shares can be made");
    }

    private static double[][] rows(Batch b) {
        DMatrixRMaj x = b.x().value();
        double[][] out = new double[x.numRows][x.numCols];
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < x.numCols; j++) {
                out[i][j] = x.get(i, j);
            }
        }
        return out;
    }
}
