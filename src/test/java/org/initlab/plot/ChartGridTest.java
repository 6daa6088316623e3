package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A grid of panels: row by row, as many columns as asked (or panels), the last row filled with white. */
class ChartGridTest {
    @TempDir
    Path tmp;

    private static ChartSpec panel(String title, double y) {
        return ChartSpec.of(title, "x", "y").size(300, 230).withoutLegend()
                .line("s", new double[] {1, 2}, new double[] {y, y + 1}, "zeros", null);
    }

    @Test
    void threePanelsInTwoColumnsMakeTwoRowsWithABlankLastCell() throws Exception {
        List<ChartFiles.Saved> seen = new ArrayList<>();
        Path png;
        try (AutoCloseable watching = ChartFiles.watch(seen::add)) {
            png = ChartGrid.saveSpecs(List.of(panel("layer 1", 1), panel("layer 2, end", 2), panel("layer 3", 3)), 2,
                    tmp, "grid");
        }
        assertThat(png).isEqualTo(tmp.resolve("grid.png"));
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(600);
        assertThat(img.getHeight()).isEqualTo(460);
        int notWhite = 0;
        for (int y = 230; y < 460; y++) {
            for (int x = 300; x < 600; x++) {
                notWhite += (img.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
            }
        }
        assertThat(notWhite).as("the filler panel is white").isZero();
        assertThat(Files.readAllLines(tmp.resolve("grid.csv"))).containsExactly("panel,series,role,x,y",
                "layer 1,s,line,1.0,1.0", "layer 1,s,line,2.0,2.0",
                "\"layer 2, end\",s,line,1.0,2.0", "\"layer 2, end\",s,line,2.0,3.0",
                "layer 3,s,line,1.0,3.0", "layer 3,s,line,2.0,4.0");
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).csv()).isEqualTo(tmp.resolve("grid.csv"));
        assertThat(seen.get(0).charts()).extracting(c -> c.getTitle())
                .containsExactly("layer 1", "layer 2, end", "layer 3");
    }

    @Test
    void moreColumnsThanPanelsMakeOneRowOfThePanels() throws Exception {
        Path png = ChartGrid.saveSpecs(List.of(panel("a", 1), panel("b", 2)), 5, tmp, "row");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(600);
        assertThat(img.getHeight()).isEqualTo(230);
    }

    @Test
    void aFullGridNeedsNoFiller() throws Exception {
        Path png = ChartGrid.savePng(List.of(ChartRenderer.render(panel("a", 1)), ChartRenderer.render(panel("b", 2)),
                ChartRenderer.render(panel("c", 3)), ChartRenderer.render(panel("d", 4))), 2, tmp, "square");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(600);
        assertThat(img.getHeight()).isEqualTo(460);
        int dark = 0;
        for (int y = 230; y < 460; y++) {
            for (int x = 300; x < 600; x++) {
                int rgb = img.getRGB(x, y);
                dark += ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) < 200 ? 1 : 0;
            }
        }
        assertThat(dark).as("panel d's title and axes").isGreaterThan(100);
    }
}
