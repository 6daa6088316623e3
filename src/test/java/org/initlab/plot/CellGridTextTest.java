package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.initlab.plot.CellGridExample.BLUE;
import static org.initlab.plot.CellGridExample.RED;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words of a {@link CellGrid}: each text in its font (measured as the width of its ink against the font's own
 * advance width), centred where it belongs, and white on dark cells, black on light ones.
 */
class CellGridTextTest {
    private static final Color PURPLE = new Color(127, 0, 127);

    @TempDir
    Path tmp;
    BufferedImage img;

    @BeforeEach
    void draw() throws Exception {
        img = ImageIO.read(CellGridExample.save(tmp, "g").toFile());
    }

    /** The font's advance width of the text, as the grid measures it to centre text. */
    private static int advance(String text, Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g.getFontMetrics(font).stringWidth(text);
    }

    /** {left, right, top, bottom} of the ink pixels in the box, or null when there are none. */
    private static int[] ink(BufferedImage img, int x0, int y0, int x1, int y1, Predicate<Color> isInk) {
        int[] box = null;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (isInk.test(new Color(img.getRGB(x, y)))) {
                    box = box == null ? new int[] {x, x, y, y}
                            : new int[] {Math.min(box[0], x), Math.max(box[1], x), Math.min(box[2], y),
                                Math.max(box[3], y)};
                }
            }
        }
        return box;
    }

    private int[] ink(int x0, int y0, int x1, int y1, Predicate<Color> isInk) {
        return ink(img, x0, y0, x1, y1, isInk);
    }

    private static boolean dark(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue() < 300;
    }

    /** The ink is as wide as the text in that font: its advance less at most 4 pixels of side bearings. */
    private static void hasWidthOf(int[] box, String text, Font font) {
        assertThat(box).as(text + " drawn").isNotNull();
        int width = box[1] - box[0] + 1;
        int advance = advance(text, font);
        assertThat(width).as(text + " in " + font).isBetween(advance - 4, advance + 1);
    }

    private static void isCentredAt(int[] box, int centre) {
        assertThat((box[0] + box[1]) / 2.0).isBetween(centre - 2.0, centre + 2.0);
    }

    @Test
    void theTitleIs19PointBoldFromTheLeftMargin() {
        int[] box = ink(0, 5, 477, 40, CellGridTextTest::dark);
        hasWidthOf(box, "Dead units", VisualStyle.font(19, true));
        assertThat(box[0]).isBetween(12, 14);
        // antialiased: the edges of the letters are grey
        assertThat(ink(0, 5, 477, 40, c -> c.getRed() > 60 && c.getRed() < 200)).isNotNull();
    }

    @Test
    void panelTitlesAre16PointBold() {
        hasWidthOf(ink(0, 55, 169, 80, CellGridTextTest::dark), "tanh, zeros", VisualStyle.font(16, true));
        hasWidthOf(ink(0, 50 + 144 + 5, 169, 50 + 144 + 30, CellGridTextTest::dark), "relu",
                VisualStyle.font(16, true));
    }

    @Test
    void columnNamesAre14PointCentredOverTheirColumns() {
        List<String> names = List.of("sigmoid", "tanh", "relu");
        for (int c = 0; c < 3; c++) {
            int[] box = ink(170 + 96 * c, 50 + 26, 170 + 96 * c + 95, 50 + 43, CellGridTextTest::dark);
            hasWidthOf(box, names.get(c), VisualStyle.font(14, false));
            isCentredAt(box, 170 + 96 * c + 48);
        }
    }

    @Test
    void rowNamesAre14PointBlackOnTheirRowsMiddle() {
        for (int[] panelRow : new int[][] {{0, 0}, {1, 1}}) {
            String name = panelRow[1] == 0 ? "depth 5" : "depth 20";
            int y = 50 + 144 * panelRow[0] + 44 + 44 * panelRow[1];
            int[] box = ink(0, y + 1, 169, y + 43, CellGridTextTest::dark);
            hasWidthOf(box, name, VisualStyle.font(14, false));
            assertThat(box[0]).isBetween(12, 14);
            // baseline 5 pixels below the row's middle, y + 27: letters from about y + 17, p's tail to y + 31
            assertThat(box[2]).as(name + " top").isBetween(y + 14, y + 20);
            assertThat(box[3]).as(name + " bottom").isBetween(y + 28, y + 33);
        }
    }

    @Test
    void theMeanIs16PointBoldCentredInTheUpperPartOfItsCell() {
        int x = 170;
        int y = 50 + 44;
        int[] fifty = ink(x + 1, y + 1, x + 94, y + 25, c -> !c.equals(PURPLE));
        hasWidthOf(fifty, "50%", VisualStyle.font(16, true));
        isCentredAt(fifty, x + 48);
        int[] clamped = ink(x + 96 + 1, y + 1, x + 96 + 94, y + 25, c -> !c.equals(RED));
        hasWidthOf(clamped, "150%", VisualStyle.font(16, true));
        isCentredAt(clamped, x + 96 + 48);
        int[] none = ink(x + 192 + 1, y + 1, x + 192 + 94, y + 25, c -> !c.equals(new Color(235, 235, 235)));
        hasWidthOf(none, "—", VisualStyle.font(16, true));
        int[] negative = ink(x + 96 + 1, y + 44 + 1, x + 96 + 94, y + 44 + 25, c -> !c.equals(BLUE));
        hasWidthOf(negative, "-20%", VisualStyle.font(16, true));
    }

    @Test
    void theRangeIs12PointCentredBelowTheMean() {
        int[] box = ink(171, 50 + 44 + 26, 264, 50 + 44 + 42, c -> !c.equals(PURPLE));
        hasWidthOf(box, "10–90", VisualStyle.font(12, false));
        isCentredAt(box, 170 + 48);
    }

    @Test
    void theScaleIsLabelledAtSixEvenSteps() {
        int y0 = 50 + 2 * 144;
        for (int k = 0; k <= 5; k++) {
            int centre = 170 + (int) Math.round(288 * k / 5.0);
            int[] box = ink(Math.max(0, centre - 28), y0 + 22, Math.min(477, centre + 28), y0 + 40,
                    CellGridTextTest::dark);
            hasWidthOf(box, 20 * k + "%", VisualStyle.font(13, false));
            isCentredAt(box, centre);
        }
    }

    @Test
    void theFootnoteIs13PointFromTheLeftMargin() {
        int[] box = ink(0, 338 + 46, 477, 338 + 64, CellGridTextTest::dark);
        hasWidthOf(box, "short footnote", VisualStyle.font(13, false));
        assertThat(box[0]).isBetween(12, 14);
    }

    @Test
    void scaleLabelsStepFromTheLowEndEvenWhenItIsNotZero() throws Exception {
        double[][] values = {{-10, -5, 0}};
        BufferedImage grid = ImageIO.read(CellGrid.save("t", List.of("r"), List.of("a", "b", "c"),
                List.of(new CellGrid.Panel("p", values, values, values)), new CellGrid.Scale(-10, 0, BLUE, RED, ""),
                "f", tmp, "negative").toFile());
        // one panel of one row: the bar's labels have their baseline at 50 + 100 + 36
        List<String> labels = List.of("-10", "-8", "-6", "-4", "-2", "0");
        for (int k = 0; k <= 5; k++) {
            int centre = 170 + (int) Math.round(288 * k / 5.0);
            int[] box = ink(grid, Math.max(0, centre - 28), 150 + 22, Math.min(477, centre + 28), 150 + 40,
                    CellGridTextTest::dark);
            hasWidthOf(box, labels.get(k), VisualStyle.font(13, false));
        }
    }

    private BufferedImage twoCells(Color low, Color high) throws Exception {
        double[][] values = {{0, 1}};
        return ImageIO.read(CellGrid.save("t", List.of("r"), List.of("a", "b"),
                List.of(new CellGrid.Panel("p", values, values, values)), new CellGrid.Scale(0, 1, low, high, ""),
                "f", tmp, "two").toFile());
    }

    private static boolean whiteTextIn(BufferedImage img, int column) {
        int x = 170 + 96 * column;
        return ink(img, x + 1, 95, x + 94, 94 + 25, c -> c.getRed() > 200 && c.getGreen() > 200 && c.getBlue() > 200)
                != null;
    }

    private static boolean blackTextIn(BufferedImage img, int column) {
        int x = 170 + 96 * column;
        return ink(img, x + 1, 95, x + 94, 94 + 25, c -> c.getRed() + c.getGreen() + c.getBlue() < 150) != null;
    }

    @Test
    void textIsWhiteWhereTheFillsLuminanceIsBelow140AndBlackFrom140On() throws Exception {
        // 0.299·2 + 0.587·200 + 0.114·193 = 140 exactly: light; 0.587·200 = 117.4: dark
        BufferedImage greens = twoCells(new Color(2, 200, 193), new Color(0, 200, 0));
        assertThat(blackTextIn(greens, 0)).isTrue();
        assertThat(whiteTextIn(greens, 0)).isFalse();
        assertThat(whiteTextIn(greens, 1)).isTrue();
        assertThat(blackTextIn(greens, 1)).isFalse();
        // pure red 76, pure blue 29: both dark
        BufferedImage redBlue = twoCells(RED, BLUE);
        assertThat(whiteTextIn(redBlue, 0)).isTrue();
        assertThat(whiteTextIn(redBlue, 1)).isTrue();
        assertThat(blackTextIn(redBlue, 1)).isFalse();
    }
}
