package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rendered chart keeps its spec and, once painted, tells which tick labels it drew. */
class RenderedChartTest {
    private static final List<String> DECADES = List.of("10⁻³", "0.01", "0.1", "1", "10", "100", "1,000", "10⁴",
            "10⁵");

    private static void paint(RenderedChart c) {
        BufferedImage img = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
        c.paint(img.createGraphics(), c.getWidth(), c.getHeight());
    }

    @Test
    void beforePaintingThereAreNoTickLabels() {
        RenderedChart c = ChartRenderer.render(ChartSpec.of("t", "x", "y")
                .line("s", new double[] {0, 100}, new double[] {1, 2}, null, null));
        assertThat(c.tickLabels(true)).isEmpty();
        assertThat(c.tickLabels(false)).isEmpty();
    }

    @Test
    void aLogAxisIsLabelledAtDecadesOnlyAndTheXAxisWithRoundNumbers() {
        ChartSpec spec = ChartSpec.of("t", "x", "y").line("s", new double[] {0, 10, 20, 30, 40},
                new double[] {1e-3, 1e5, 0.37, 12.5, 7}, null, null);
        RenderedChart c = ChartRenderer.render(spec);
        paint(c);
        List<String> y = c.tickLabels(false);
        assertThat(y).contains("10⁻³", "1", "10⁵").allMatch(DECADES::contains);
        List<String> x = c.tickLabels(true);
        assertThat(x).contains("0", "40").noneMatch(String::isBlank).doesNotContain("10⁻³");
        assertThat(c.spec()).isSameAs(spec);
        assertThat(c.logScale()).isTrue();
    }

    @Test
    void labelsLeftBlankBelowZeroAreNotCounted() {
        RenderedChart c = ChartRenderer.render(ChartSpec.of("t", "x", "y").line("s", new double[] {0, 1, 2, 3, 4, 5},
                new double[] {0, 10, 3.3, 2.1, 5.5, 7.7}, null, null).note("two notes make room").note("below 0"));
        paint(c);
        assertThat(c.tickLabels(false)).contains("0", "10").noneMatch(String::isBlank)
                .noneMatch(l -> l.startsWith("-"));
    }

    @Test
    void theNotesAreTheSpecsNotes() {
        RenderedChart c = ChartRenderer.render(ChartSpec.of("t", "x", "y")
                .line("s", new double[] {0, 1}, new double[] {1, 2}, null, null).note("n"));
        assertThat(c.notes()).containsExactly("n");
    }
}
