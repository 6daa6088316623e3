package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.initlab.plot.CellGridExample.BLUE;
import static org.initlab.plot.CellGridExample.MAX;
import static org.initlab.plot.CellGridExample.MEAN;
import static org.initlab.plot.CellGridExample.MIN;
import static org.initlab.plot.CellGridExample.RED;
import static org.initlab.plot.CellGridExample.SCALE;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout of a {@link CellGrid}: a 170-pixel label column, 96 × 44-pixel cells, one 144-pixel panel per setting
 * (44 for its title and column names, 44 per row, 12 below), then the colour bar and the footnote.
 */
class CellGridTest {

    @TempDir
    Path tmp;
    Path png;
    BufferedImage img;
    List<ChartFiles.Saved> seen = new ArrayList<>();

    /** Each test draws its own picture (mutation testing credits a test only with the code it runs itself). */
    @BeforeEach
    void draw() throws Exception {
        try (AutoCloseable watching = ChartFiles.watch(seen::add)) {
            png = CellGridExample.save(tmp, "dead");
        }
        img = ImageIO.read(png.toFile());
    }

    private Color at(int x, int y) {
        return new Color(img.getRGB(x, y));
    }

    /** The top-left pixel inside cell (panel, row, column), clear of its text. */
    private Color cell(int panel, int row, int column) {
        return at(170 + 96 * column + 3, 50 + 144 * panel + 44 + 44 * row + 3);
    }

    private int count(int x0, int y0, int x1, int y1, Predicate<Color> which) {
        int n = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                n += which.test(at(x, y)) ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean dark(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue() < 240;
    }

    private static boolean white(Color c) {
        return c.getRed() > 235 && c.getGreen() > 235 && c.getBlue() > 235;
    }

    @Test
    void thePictureIsSizedByTheTable() {
        assertThat(png).isEqualTo(tmp.resolve("dead.png"));
        // 170 + 3 · 96 + 20 wide; 50 + 2 · 144 + 52 + 18 high (one footnote line)
        assertThat(img.getWidth()).isEqualTo(478);
        assertThat(img.getHeight()).isEqualTo(408);
    }

    @Test
    void eachCellIsFilledWithItsMeansColourOnTheSharedScale() {
        assertThat(cell(0, 0, 0)).as("50 %: halfway").isEqualTo(new Color(127, 0, 127));
        assertThat(cell(0, 0, 1)).as("150 %: clamped to the top").isEqualTo(RED);
        assertThat(cell(0, 0, 2)).as("no value: light grey").isEqualTo(new Color(235, 235, 235));
        assertThat(cell(0, 1, 0)).as("25 %").isEqualTo(new Color(63, 0, 191));
        assertThat(cell(0, 1, 1)).as("-20 %: clamped to the bottom").isEqualTo(BLUE);
        assertThat(cell(0, 1, 2)).isEqualTo(RED);
        assertThat(cell(1, 0, 0)).isEqualTo(BLUE);
        assertThat(cell(1, 1, 2)).isEqualTo(BLUE);
    }

    @Test
    void cellsAreSeparatedByAOnePixelWhiteBorder() {
        int x = 170 + 96;
        int y = 50 + 44;
        assertThat(at(x, y + 10)).as("left border of the second cell").isEqualTo(Color.WHITE);
        assertThat(at(x + 1, y + 10)).isEqualTo(RED);
        assertThat(at(x + 94, y + 42)).as("last pixel of the fill").isEqualTo(RED);
        assertThat(at(x + 95, y + 42)).isEqualTo(Color.WHITE);
        assertThat(at(x + 50, y)).as("top border").isEqualTo(Color.WHITE);
        assertThat(at(x + 50, y + 43)).as("bottom border").isEqualTo(Color.WHITE);
        assertThat(at(169, y + 10)).isEqualTo(Color.WHITE);
    }

    @Test
    void theMeanIsWrittenWhiteOnDarkCellsAndBlackOnLightOnes() {
        int y = 50 + 44;
        assertThat(count(171, y + 1, 264, y + 24, CellGridTest::white)).as("50% on purple").isGreaterThan(20);
        assertThat(count(171 + 192, y + 1, 264 + 192, y + 24, CellGridTest::dark)).as("— on grey").isGreaterThan(5);
        assertThat(count(171 + 192, y + 1, 264 + 192, y + 24, CellGridTest::white)).isZero();
    }

    @Test
    void theRangeOverSeedsIsWrittenBelowTheMeanOnlyWhenItsEndsDifferWhenRounded() {
        Color purple = new Color(127, 0, 127);
        int y = 50 + 44;
        assertThat(count(171, y + 26, 264, y + 42, c -> !c.equals(purple))).as("10–90").isGreaterThan(20);
        assertThat(count(267, y + 26, 360, y + 42, c -> !c.equals(RED))).as("150–150").isZero();
        assertThat(count(171, y + 44 + 26, 264, y + 44 + 42, c -> !c.equals(new Color(63, 0, 191))))
                .as("10.4 and 9.6 both round to 10").isZero();
        assertThat(count(171 + 192, y + 44 + 26, 264 + 192, y + 44 + 42, c -> !c.equals(RED)))
                .as("no minimum").isZero();
    }

    @Test
    void theColourBarRunsUnderTheColumnsFromTheLowToTheHighColour() {
        int y0 = 50 + 2 * 144;
        assertThat(at(170, y0 + 6)).isEqualTo(BLUE);
        assertThat(at(170 + 287, y0 + 19)).isEqualTo(RED);
        assertThat(at(169, y0 + 12)).isEqualTo(Color.WHITE);
        assertThat(at(170 + 288, y0 + 12)).isEqualTo(Color.WHITE);
        assertThat(at(300, y0 + 5)).isEqualTo(Color.WHITE);
        assertThat(at(300, y0 + 20)).isEqualTo(Color.WHITE);
        Color middle = at(170 + 143, y0 + 12);
        assertThat(middle.getRed()).isBetween(120, 135);
        assertThat(middle.getBlue()).isBetween(120, 135);
    }

    @Test
    void sixScaleLabelsFromTheLowToTheHighEnd() {
        int y0 = 50 + 2 * 144;
        for (int k = 0; k <= 5; k++) {
            int centre = 170 + (int) Math.round(288 * k / 5.0);
            assertThat(count(Math.max(0, centre - 16), y0 + 22, Math.min(477, centre + 16), y0 + 40,
                    CellGridTest::dark)).as("label " + k).isGreaterThan(5);
        }
    }

    @Test
    void titlesRowAndColumnNamesAndTheFootnoteAreWritten() {
        assertThat(count(12, 12, 160, 34, CellGridTest::dark)).as("title").isGreaterThan(30);
        assertThat(count(12, 50 + 8, 160, 50 + 28, CellGridTest::dark)).as("panel title").isGreaterThan(30);
        assertThat(count(12, 50 + 144 + 8, 160, 50 + 144 + 28, CellGridTest::dark)).as("panel 2").isGreaterThan(10);
        assertThat(count(12, 50 + 44 + 10, 160, 50 + 44 + 32, CellGridTest::dark)).as("row name").isGreaterThan(10);
        assertThat(count(208, 50 + 28, 228, 50 + 43, CellGridTest::dark)).as("column sigmoid").isGreaterThan(3);
        assertThat(count(12, 338 + 46, 160, 338 + 64, CellGridTest::dark)).as("footnote").isGreaterThan(10);
    }

    @Test
    void theNumbersAreSavedBesideThePicture() throws Exception {
        assertThat(Files.readAllLines(tmp.resolve("dead.csv"))).containsExactly("panel,row,column,mean,min,max",
                "\"tanh, zeros\",depth 5,sigmoid,50.0,10.0,90.0",
                "\"tanh, zeros\",depth 5,tanh,150.0,150.0,150.0",
                "\"tanh, zeros\",depth 5,relu,NaN,NaN,NaN",
                "\"tanh, zeros\",depth 20,sigmoid,25.0,10.4,9.6",
                "\"tanh, zeros\",depth 20,tanh,-20.0,-20.0,-20.0",
                "\"tanh, zeros\",depth 20,relu,100.0,NaN,100.0",
                "relu,depth 5,sigmoid,0.0,0.0,0.0", "relu,depth 5,tanh,0.0,0.0,0.0", "relu,depth 5,relu,0.0,0.0,0.0",
                "relu,depth 20,sigmoid,0.0,0.0,0.0", "relu,depth 20,tanh,0.0,0.0,0.0",
                "relu,depth 20,relu,0.0,0.0,0.0");
        assertThat(seen).containsExactly(new ChartFiles.Saved(png, tmp.resolve("dead.csv"), List.of()));
    }

    @Test
    void aLongFootnoteAddsEighteenPixelsPerExtraLine(@TempDir Path dir) throws Exception {
        String footnote = "every word here is a word and ".repeat(8).trim();
        List<String> lines = CellGrid.wrap(footnote, VisualStyle.font(13, false), 478 - 24);
        assertThat(lines.size()).isGreaterThan(1);
        Path file = CellGrid.save("t", List.of("r", "s"), List.of("a", "b", "c"),
                List.of(new CellGrid.Panel("p", MEAN, MIN, MAX)), SCALE, footnote, dir, "long");
        BufferedImage long1 = ImageIO.read(file.toFile());
        assertThat(long1.getHeight()).isEqualTo(50 + 144 + 52 + 18 * lines.size());
        int lastBaseline = 50 + 144 + 60 + 18 * (lines.size() - 1);
        int n = 0;
        for (int y = lastBaseline - 10; y <= lastBaseline; y++) {
            for (int x = 12; x < 100; x++) {
                n += dark(new Color(long1.getRGB(x, y))) ? 1 : 0;
            }
        }
        assertThat(n).as("the last footnote line").isGreaterThan(5);
    }

    @Test
    void wrapBreaksAtSpacesWhenTheNextWordWouldPassTheWidth() {
        Font font = VisualStyle.font(13, false);
        FontMetrics m = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(font);
        int two = m.stringWidth("aa aa");
        assertThat(CellGrid.wrap("aa aa aa", font, two)).containsExactly("aa aa", "aa");
        assertThat(CellGrid.wrap("aa aa aa", font, two - 1)).containsExactly("aa", "aa", "aa");
        assertThat(CellGrid.wrap("aa aa aa", font, 1000)).containsExactly("aa aa aa");
        assertThat(CellGrid.wrap("toolongforthewidth", font, 5)).containsExactly("toolongforthewidth");
    }

    @Test
    void theScaleInterpolatesEachChannelAndClamps() {
        CellGrid.Scale s = new CellGrid.Scale(10, 20, new Color(20, 100, 200), new Color(220, 0, 100), "");
        assertThat(s.at(15)).isEqualTo(new Color(120, 50, 150));
        assertThat(s.at(12.5)).isEqualTo(new Color(70, 75, 175));
        assertThat(s.at(5)).isEqualTo(new Color(20, 100, 200));
        assertThat(s.at(25)).isEqualTo(new Color(220, 0, 100));
    }

    @Test
    void theColourBarFollowsAScaleThatDoesNotStartAtZero(@TempDir Path dir) throws Exception {
        CellGrid.Scale s = new CellGrid.Scale(10, 20, new Color(20, 100, 200), new Color(220, 0, 100), "");
        Path file = CellGrid.save("t", List.of("r"), List.of("a", "b", "c"),
                List.of(new CellGrid.Panel("p", new double[][] {{10, 15, 20}}, new double[][] {{10, 15, 20}},
                        new double[][] {{10, 15, 20}})), s, "f", dir, "bar");
        BufferedImage bar = ImageIO.read(file.toFile());
        // one panel of one row: 44 + 44 + 12 = 100 pixels; the bar 6 pixels below it, 288 pixels long
        int y = 50 + 100 + 10;
        assertThat(new Color(bar.getRGB(170, y))).isEqualTo(new Color(20, 100, 200));
        assertThat(new Color(bar.getRGB(170 + 287, y))).isEqualTo(new Color(220, 0, 100));
        // pixel 143 of 0..287 stands for 10 + 10 · 143/287 = 14.98: just short of halfway
        Color middle = new Color(bar.getRGB(170 + 143, y));
        assertThat(middle.getRed()).isBetween(115, 120);
        assertThat(middle.getGreen()).isBetween(50, 52);
        assertThat(new Color(bar.getRGB(170 + 3, 50 + 44 + 3))).isEqualTo(new Color(20, 100, 200));
        assertThat(new Color(bar.getRGB(170 + 96 + 3, 50 + 44 + 3))).isEqualTo(new Color(120, 50, 150));
    }

    @Test
    void theFootnoteWrapsAtThePicturesWidthLessItsMargins(@TempDir Path dir) throws Exception {
        // 478 pixels wide: the footnote gets 478 - 2 · 12 = 454; a line just over 454 pixels must wrap
        Font font = VisualStyle.font(13, false);
        FontMetrics m = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(font);
        StringBuilder text = new StringBuilder("word");
        while (m.stringWidth(text + " word") <= 454) {
            text.append(" word");
        }
        text.append(" x");
        while (m.stringWidth(text.toString()) <= 454) {
            text.append('x');
        }
        assertThat(m.stringWidth(text.toString())).isBetween(455, 470);
        Path file = CellGrid.save("t", List.of("r", "s"), List.of("a", "b", "c"),
                List.of(new CellGrid.Panel("p", MEAN, MIN, MAX)), SCALE, text.toString(), dir, "foot");
        assertThat(ImageIO.read(file.toFile()).getHeight()).as("two footnote lines").isEqualTo(50 + 144 + 52 + 36);
    }
}
