package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.initlab.plot.ChartAnnotations.Text;
import org.initlab.plot.ChartSpec.Role;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.junit.jupiter.api.Test;

/** What a chart says in words: notes in a box, markers with their labels, values a log axis cannot show. */
class ChartRendererNotesTest {
    private static final double[] X = {0, 1, 2};
    private static final double[] Y = {1, 2, 3};

    private static ChartSpec spec() {
        return ChartSpec.of("t", "x", "y").line("s", X, Y, "xavier-normal", "tanh");
    }

    @Test
    void aMarkerIsACrossInItsRunsColourClippedToTheAxisWithItsLabelJustBelow() {
        RenderedChart c = ChartRenderer.render(spec().marker("a: NaN at step 9", 1, 100, "he-normal")
                .marker("b: NaN at step 9", 0, 2, null).marker("c: NaN at step 9", 2, -50, "he-normal"));
        XYSeries a = c.getSeries("a: NaN at step 9");
        assertThat(a.getXData()).containsExactly(1);
        assertThat(a.getYData()).as("clipped to the top, 3").containsExactly(3);
        assertThat(a.getMarker()).isEqualTo(SeriesMarkers.CROSS);
        assertThat(a.getMarkerColor()).isEqualTo(new Color(213, 94, 0));
        assertThat(a.getLineColor()).isEqualTo(new Color(213, 94, 0));
        assertThat(c.getSeries("b: NaN at step 9").getMarkerColor()).isEqualTo(VisualStyle.REFERENCE);
        assertThat(c.getSeries("c: NaN at step 9").getYData()).as("clipped to the bottom, 1").containsExactly(1);

        // the label, without the run's name, 5 % of the height below the cross; near an edge it is moved inwards by
        // half its estimated width: 13 characters · 8.5 px / (900 · 0.55 px) · 2 x units / 2 = 0.2232 x units
        List<Text> texts = ChartAnnotations.of(c);
        assertThat(texts).hasSize(3);
        assertThat(texts.get(0).text()).isEqualTo("NaN at step 9");
        assertThat(texts.get(0).x()).isEqualTo(1.0);
        assertThat(texts.get(0).y()).isCloseTo(2.9, offset(1e-12));
        assertThat(texts.get(0).inPixels()).isFalse();
        assertThat(texts.get(1).x()).isCloseTo(110.5 / 495, offset(1e-12));
        assertThat(texts.get(1).y()).isCloseTo(1.9, offset(1e-12));
        assertThat(texts.get(2).x()).isCloseTo(2 - 110.5 / 495, offset(1e-12));
        assertThat(texts.get(2).y()).isCloseTo(0.9, offset(1e-12));
    }

    @Test
    void withoutALegendThePlotIsWiderSoTheLabelNeedsFewerXUnits() {
        RenderedChart c = ChartRenderer.render(spec().withoutLegend().marker("a: NaN at step 9", 0, 2, null));
        // 13 · 8.5 / (900 · 0.85) · 2 / 2
        assertThat(ChartAnnotations.of(c).get(0).x()).isCloseTo(110.5 / 765, offset(1e-12));
    }

    @Test
    void theLabelsWidthInXUnitsFollowsASetXRange() {
        RenderedChart both = ChartRenderer.render(spec().xRange(0.0, 10.0).marker("a: NaN at step 9", 0, 2, null));
        assertThat(ChartAnnotations.of(both).get(0).x()).isCloseTo(0.5 * 13 * 8.5 / 495 * 10, offset(1e-12));
        RenderedChart top = ChartRenderer.render(spec().xRange(null, 4.0).marker("a: NaN at step 9", 0, 2, null));
        assertThat(ChartAnnotations.of(top).get(0).x()).isCloseTo(0.5 * 13 * 8.5 / 495 * 4, offset(1e-12));
        RenderedChart bottom = ChartRenderer.render(spec().xRange(-2.0, null).marker("a: NaN at step 9", 0, 2, null));
        assertThat(ChartAnnotations.of(bottom).get(0).x()).isCloseTo(0.5 * 13 * 8.5 / 495 * 4, offset(1e-12));
    }

    @Test
    void aMarkerLabelWithoutARunNameIsShownWhole() {
        RenderedChart c = ChartRenderer.render(spec().marker("diverged", 1, 2, null).marker(": ∞ at step 2", 1, 2,
                null));
        assertThat(ChartAnnotations.of(c).get(0).text()).isEqualTo("diverged");
        assertThat(ChartAnnotations.of(c).get(1).text()).as("an empty run name").isEqualTo("∞ at step 2");
    }

    @Test
    void onALogAxisAMarkerIsPlacedAtItsLogarithm() {
        RenderedChart c = ChartRenderer.render(ChartSpec.of("t", "x", "y")
                .line("s", X, new double[] {1e-3, 1, 1e5}, null, null)
                .marker("a: ∞ at step 3", 2, 1e7, null).marker("b: NaN at step 2", 1, 10, null));
        assertThat(c.getSeries("a: ∞ at step 3").getYData()).as("10⁷ clipped to 10⁵").containsExactly(5);
        assertThat(c.getSeries("b: NaN at step 2").getYData()).containsExactly(new double[] {1}, offset(1e-12));
        // 5 % of the 8 decades below
        assertThat(ChartAnnotations.of(c).get(1).y()).isCloseTo(1 - 0.4, offset(1e-12));
    }

    @Test
    void notesAreShownInOneBoxPlacedByThePicturesSize() {
        RenderedChart big = ChartRenderer.render(spec().note("first").note("second"));
        assertThat(big.notes()).containsExactly("first", "second");
        Text box = ChartAnnotations.of(big).get(0);
        assertThat(box.text()).isEqualTo("first\nsecond");
        assertThat(box.inPixels()).isTrue();
        assertThat(box.x()).isEqualTo(95);
        assertThat(box.y()).isEqualTo(75);
        Text small = ChartAnnotations.of(ChartRenderer.render(spec().note("n").size(599, 400))).get(0);
        assertThat(small.x()).isEqualTo(60);
        assertThat(small.y()).isEqualTo(55);
        Text wide = ChartAnnotations.of(ChartRenderer.render(spec().note("n").size(600, 400))).get(0);
        assertThat(wide.x()).as("600 pixels is full size").isEqualTo(95);
        assertThat(wide.y()).isEqualTo(75);
        assertThat(ChartAnnotations.of(ChartRenderer.render(spec()))).as("no notes, no box").isEmpty();
    }

    @Test
    void zerosOnALogAxisAreNamedInsteadOfDrawn() {
        RenderedChart c = ChartRenderer.render(ChartSpec.of("t", "x", "y")
                .line("some", new double[] {1, 2, 3}, new double[] {0, 1e-3, 1e5}, null, null)
                .add("none", new double[] {1, 2}, new double[] {0, 0}, null, null, Role.DOTS, false)
                .add("raw", new double[] {1, 2}, new double[] {0, 1}, null, null, Role.RAW, false)
                .add("theory", new double[] {1, 2}, new double[] {0, 1}, null, null, Role.THEORY, false)
                .note("given"));
        assertThat(c.logScale()).isTrue();
        assertThat(c.notes()).containsExactly("given", "some: 1 values of 0 not drawn (log axis)",
                "none: exactly 0 everywhere (0 has no place on a log axis)");
        assertThat(c.getSeries("some").getXData()).containsExactly(2, 3);
        assertThat(c.getSeries("some").getYData()).containsExactly(-3, 5);
        assertThat(c.getSeries("none")).as("nothing left to draw").isNull();
        assertThat(c.getSeries("raw").getXData()).containsExactly(2);
    }

    @Test
    void aLinearAxisDrawsZerosWithoutANote() {
        RenderedChart c = ChartRenderer.render(ChartSpec.of("t", "x", "y")
                .line("s", new double[] {1, 2}, new double[] {0, 1}, null, null));
        assertThat(c.notes()).isEmpty();
        assertThat(c.getSeries("s").getYData()).containsExactly(0, 1);
    }

    @Test
    void shortNotesStayOnOneLine() {
        assertThat(ChartRenderer.wrap("a short note")).isEqualTo("a short note");
        RenderedChart c = ChartRenderer.render(spec().note(String.join(" ", Collections.nCopies(30, "abcd"))));
        assertThat(c.notes().get(0)).contains("\n   ");
    }

    @Test
    void longNotesBreakIntoIndentedLinesOfAtMostNinetyCharacters() {
        String wrapped = ChartRenderer.wrap(String.join(" ", Collections.nCopies(30, "abcd")));
        // 18 words of 4 letters and 17 spaces = 89 characters; a 19th would make 94
        String[] lines = wrapped.split("\n");
        assertThat(lines).containsExactly(String.join(" ", Collections.nCopies(18, "abcd")),
                "   " + String.join(" ", Collections.nCopies(12, "abcd")));
        String longer = ChartRenderer.wrap(String.join(" ", Collections.nCopies(40, "abcd")));
        // the indent counts: "   " + 17 words = 3 + 84 = 87 characters
        assertThat(longer.split("\n")).extracting(String::length).containsExactly(89, 87, 27);
    }

    @Test
    void aLineOfExactlyNinetyCharactersFitsAndOneMoreWraps() {
        String a44 = "a".repeat(44);
        String b45 = "b".repeat(45);
        assertThat(ChartRenderer.wrap(a44 + " " + b45)).as("44 + 1 + 45 = 90").isEqualTo(a44 + " " + b45);
        assertThat(ChartRenderer.wrap(b45 + " " + b45)).as("45 + 1 + 45 = 91").isEqualTo(b45 + "\n   " + b45);
        assertThat(Arrays.stream(ChartRenderer.wrap(String.join(" ", Collections.nCopies(20, "abcdefgh")))
                .split("\n"))).allMatch(l -> l.length() <= 90);
    }

    @Test
    void aWordLongerThanALineGetsALineOfItsOwn() {
        String word = "w".repeat(100);
        assertThat(ChartRenderer.wrap(word)).isEqualTo(word);
        assertThat(ChartRenderer.wrap("x " + word + " y")).isEqualTo("x\n   " + word + "\n   y");
    }
}
