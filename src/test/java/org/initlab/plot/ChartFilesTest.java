package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every saved chart is a PNG of the chart's size with a CSV of the same base name holding its numbers. */
class ChartFilesTest {
    @TempDir
    Path tmp;

    private static ChartSpec spec() {
        return ChartSpec.of("loss", "step", "loss").size(400, 300)
                .line("tanh, zeros", new double[] {1, 2}, new double[] {0.5, 0.25}, "zeros", "tanh");
    }

    @Test
    void aSpecIsSavedAsAPngOfItsSizeAndItsLongFormatCsv() throws Exception {
        List<ChartFiles.Saved> seen = new ArrayList<>();
        Path png;
        try (AutoCloseable watching = ChartFiles.watch(seen::add)) {
            png = ChartFiles.savePng(spec(), tmp.resolve("out"), "loss");
        }
        assertThat(png).isEqualTo(tmp.resolve("out").resolve("loss.png"));
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(400);
        assertThat(img.getHeight()).isEqualTo(300);
        Path csv = tmp.resolve("out").resolve("loss.csv");
        assertThat(Files.readString(csv)).isEqualTo(spec().csv()).startsWith("series,role,step,loss\n");
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).png()).isEqualTo(png);
        assertThat(seen.get(0).csv()).isEqualTo(csv);
        assertThat(seen.get(0).charts()).hasSize(1).first().isInstanceOf(RenderedChart.class);

        ChartFiles.savePng(spec(), tmp, "after");
        assertThat(seen).as("a closed watch hears nothing more").hasSize(1);
    }

    @Test
    void aHandMadeChartsCsvListsEachSeriesPoints() {
        XYChart chart = Charts.lineChart("t", "x", "y");
        Charts.addLine(chart, "a, b", new double[] {1, 2}, new double[] {3, 4});
        Charts.addLine(chart, "c", new double[] {5}, new double[] {6});
        assertThat(ChartFiles.csv(chart)).isEqualTo("series,x,y\n\"a, b\",1.0,3.0\n\"a, b\",2.0,4.0\nc,5.0,6.0\n");
    }

    @Test
    void aHeatmapsCsvHasOneRowPerCellWithAValue() {
        HeatMapChart heat = DistributionCharts.heatmap("accuracy", "init, scaled", List.of("a", "b", "c"), "depth",
                List.of("5", "20"), new double[][] {{50, 90, Double.NaN}, {10, 70, 100}}, "0");
        assertThat(ChartFiles.csv(heat)).isEqualTo("""
                "init, scaled",depth,value
                a,5,50.0
                b,5,90.0
                a,20,10.0
                b,20,70.0
                c,20,100.0
                """);
    }

    @Test
    void svgIsSavedBesideUnderItsOwnExtension() throws Exception {
        Path svg = ChartFiles.saveSvg(ChartRenderer.render(spec()), tmp.resolve("print"), "loss");
        assertThat(svg).isEqualTo(tmp.resolve("print").resolve("loss.svg"));
        assertThat(Files.readString(svg)).contains("<svg");
    }
}
