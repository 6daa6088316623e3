package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.initlab.plot.ChartSpec.Role;
import org.initlab.plot.ChartSpec.Series;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-layer histograms on one shared range, and quantities against the layer index with their predictions. */
class LayerChartsTest {
    private static final double NAN = Double.NaN;

    @TempDir
    Path tmp;

    @Test
    void eachLayersHistogramIsAStepAreaInPercentOfItsValuesOnTheSharedRange() {
        List<ChartSpec> panels = LayerCharts.histogramSpecs("activation",
                List.of(new double[] {0, 1, 2, 3}, new double[] {NAN, 1, 1, 1e200}), 3, null, "zeros");
        assertThat(panels).hasSize(2);
        ChartSpec first = panels.get(0);
        assertThat(first.title()).isEqualTo("layer 1");
        assertThat(first.xLabel()).isEqualTo("activation");
        assertThat(first.yLabel()).isEqualTo("% of values");
        assertThat(first.width).isEqualTo(300);
        assertThat(first.height).isEqualTo(230);
        assertThat(first.legend).isFalse();
        assertThat(first.logScale()).isFalse();
        // range 0..3 from the counted values (1e200 is an overflow), 3 bins of width 1: 1, 1 and 2 of 4 values
        assertThat(first.xMin).isEqualTo(0.0);
        assertThat(first.xMax).isEqualTo(3.0);
        Series s = first.series().get(0);
        assertThat(s.name()).isEqualTo("layer 1");
        assertThat(s.role()).isEqualTo(Role.AREA);
        assertThat(s.initKey()).isEqualTo("zeros");
        assertThat(s.x()).containsExactly(0, 0, 1, 1, 2, 2, 3, 3);
        assertThat(s.y()).containsExactly(0, 25, 25, 25, 25, 50, 50, 0);

        ChartSpec second = panels.get(1);
        assertThat(second.title()).as("NaN and 1e200 are not counted").isEqualTo("layer 2 (2 overflowed)");
        assertThat(second.series().get(0).y()).as("2 of 4 values in the middle bin")
                .containsExactly(0, 0, 0, 50, 50, 0, 0, 0);
    }

    @Test
    void aPrefixNamesTheRowInEachTitle() {
        List<ChartSpec> panels = LayerCharts.histogramSpecs("a", List.of(new double[] {1, 2}), 2, "tanh: ", null);
        assertThat(panels.get(0).title()).isEqualTo("tanh: layer 1");
        assertThat(panels.get(0).series().get(0).initKey()).isNull();
    }

    @Test
    void theGridRendersOnePanelPerLayer() {
        List<XYChart> charts = LayerCharts.histogramGrid("activation",
                List.of(new double[] {0, 1}, new double[] {1, 2}, new double[] {2, 3}), 4);
        assertThat(charts).extracting(XYChart::getTitle).containsExactly("layer 1", "layer 2", "layer 3");
        assertThat(charts.get(2).getWidth()).isEqualTo(300);
        assertThat(charts.get(2).getStyler().getXAxisMin()).isEqualTo(0.0);
        assertThat(charts.get(2).getStyler().getXAxisMax()).isEqualTo(3.0);
    }

    @Test
    void histogramRowsShowEvenlySpacedLayersFromFirstToLastInTheInitsColour() throws Exception {
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        List<double[]> five = new ArrayList<>();
        for (int l = 0; l < 5; l++) {
            five.add(new double[] {l, l + 1, l + 2});
        }
        rows.put("tanh, xavier-normal", five);
        rows.put("relu, he-normal", List.of(new double[] {0, 1}, new double[] {NAN, 1, 2}));
        List<ChartFiles.Saved> seen = new ArrayList<>();
        Path png;
        try (AutoCloseable watching = ChartFiles.watch(seen::add)) {
            png = LayerCharts.histogramRows("activation", rows, 3, 10, tmp, "rows");
        }
        assertThat(png).isEqualTo(tmp.resolve("rows.png"));
        List<Chart<?, ?>> charts = seen.get(0).charts();
        // 5 layers in 3 columns: layers 1, 3 and 5; the second row has only 2 layers
        assertThat(charts).extracting(Chart::getTitle).containsExactly("tanh, xavier-normal: layer 1",
                "tanh, xavier-normal: layer 3", "tanh, xavier-normal: layer 5", "relu, he-normal: layer 1",
                "relu, he-normal: layer 2 (1 overflowed)");
        RenderedChart third = (RenderedChart) charts.get(2);
        assertThat(third.spec().series().get(0).initKey()).isEqualTo("xavier-normal");
        assertThat(third.spec().series().get(0).x()[0]).as("the row's range starts at layer 1's 0").isEqualTo(0.0);
        assertThat(third.spec().xMax).as("and ends at layer 5's 6").isEqualTo(6.0);
        assertThat(third.spec().legend).isFalse();
        assertThat(third.spec().width).isEqualTo(300);
        assertThat(third.spec().height).isEqualTo(230);
        assertThat(third.logScale()).isFalse();
        assertThat(((RenderedChart) charts.get(3)).spec().series().get(0).initKey()).isEqualTo("he-normal");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).as("3 columns of 300 px").isEqualTo(900);
        assertThat(img.getHeight()).as("2 rows of 230 px").isEqualTo(460);
    }

    @Test
    void aSingleShownLayerIsTheFirst() throws Exception {
        Map<String, List<double[]>> rows = Map.of("tanh", List.of(new double[] {0, 1}, new double[] {5, 6}));
        List<ChartFiles.Saved> seen = new ArrayList<>();
        try (AutoCloseable watching = ChartFiles.watch(seen::add)) {
            LayerCharts.histogramRows("a", rows, 1, 4, tmp, "one");
        }
        assertThat(seen.get(0).charts()).extracting(Chart::getTitle).containsExactly("tanh: layer 1");
    }

    @Test
    void measuredValuesAreDotsAgainstTheLayerIndexAndPredictionsTakeTheirColour() {
        Map<String, double[]> measured = new LinkedHashMap<>();
        measured.put("tanh, xavier-normal, measured", new double[] {1, 0.5, 0.25});
        measured.put("relu", new double[] {2, NAN, 3});
        measured.put("relu, he-normal", new double[] {1, Double.POSITIVE_INFINITY, NAN});
        Map<String, double[]> predicted = new LinkedHashMap<>();
        predicted.put("tanh, xavier-normal, predicted", new double[] {1, 0.5, 0.25});
        predicted.put("relu, he-normal theory", new double[] {1, 1, 1});
        predicted.put("sigmoid bound", new double[] {0.25, 0.25});
        ChartSpec spec = LayerCharts.versusLayerSpec("Std per layer", "std", false, measured, predicted);
        assertThat(spec.countingX).as("layers are counted: no layer 1.5").isTrue();
        assertThat(spec.title()).isEqualTo("Std per layer");
        assertThat(spec.xLabel()).isEqualTo("hidden layer (1 = nearest the input)");
        assertThat(spec.yLabel()).isEqualTo("std");
        assertThat(spec.scale).isEqualTo(ChartSpec.Scale.LINEAR);
        List<Series> s = spec.series();
        assertThat(s).extracting(Series::name).containsExactly("tanh, xavier-normal, measured", "relu",
                "relu, he-normal", "tanh, xavier-normal, predicted", "relu, he-normal theory", "sigmoid bound");
        assertThat(s.get(0).x()).containsExactly(1, 2, 3);
        assertThat(s.get(0).role()).isEqualTo(Role.DOTS);
        assertThat(s.get(0).initKey()).isEqualTo("xavier-normal");
        assertThat(s.get(0).activation()).isEqualTo("tanh");
        assertThat(s.get(1).x()).as("the NaN point left out").containsExactly(1, 3);
        assertThat(s.get(3).role()).isEqualTo(Role.THEORY);
        assertThat(s.get(3).initKey()).isEqualTo("xavier-normal");
        assertThat(s.get(4).initKey()).isEqualTo("he-normal");
        assertThat(s.get(5).initKey()).isNull();
        assertThat(s.get(5).activation()).isEqualTo("sigmoid");
        // a prediction matches the measured series with the longest name it starts with
        assertThat(spec.sameColourAs).containsOnly(Map.entry("tanh, xavier-normal, predicted",
                "tanh, xavier-normal, measured"), Map.entry("relu, he-normal theory", "relu, he-normal"));
        assertThat(spec.notes()).containsExactly("relu: NaN from layer 2 on (not drawn)",
                "relu, he-normal: overflows to ∞ from layer 2 on (not drawn)");
    }

    @Test
    void aPredictionMatchesTheMeasuredSeriesWithTheLongestPrefixWhateverTheOrder() {
        Map<String, double[]> measured = new LinkedHashMap<>();
        measured.put("relu, he-normal, measured", new double[] {1, 1});
        measured.put("relu, he-normal, fan-out", new double[] {1, 2});
        Map<String, double[]> predicted = Map.of("relu, he-normal, fan-out predicted", new double[] {1, 2});
        ChartSpec spec = LayerCharts.versusLayerSpec("t", "y", false, measured, predicted);
        assertThat(spec.sameColourAs).containsExactly(Map.entry("relu, he-normal, fan-out predicted",
                "relu, he-normal, fan-out"));
        assertThat(spec.series().get(2).initKey()).isEqualTo("he-normal:mode=fan-out");
    }

    @Test
    void aLogRequestLeavesTheScaleToTheData() {
        Map<String, double[]> measured = Map.of("tanh", new double[] {1, 1e-3, 1e-6});
        assertThat(LayerCharts.versusLayerSpec("t", "y", true, measured, Map.of()).scale)
                .isEqualTo(ChartSpec.Scale.AUTO);
        RenderedChart chart = (RenderedChart) LayerCharts.versusLayer("t", "y", true, measured, Map.of());
        assertThat(chart.logScale()).isTrue();
        assertThat(chart.getSeries("tanh").getYData()).containsExactly(0, -3, -6);
    }

    @Test
    void givenColourKeysOverrideTheNameAndPassToPredictions() {
        Map<String, double[]> measured = Map.of("tanh, N(0, 0.01²)", new double[] {1, 2});
        Map<String, double[]> predicted = Map.of("tanh, N(0, 0.01²) predicted", new double[] {1, 2});
        ChartSpec spec = LayerCharts.versusLayerSpec("t", "y", false, measured, predicted,
                Map.of("tanh, N(0, 0.01²)", "normal:std=0.01"));
        assertThat(spec.series()).extracting(Series::initKey).containsExactly("normal:std=0.01", "normal:std=0.01");
    }

    @Test
    void tableValuesHaveThreeSignificantDigits() {
        assertThat(LayerCharts.format(NAN)).isEqualTo("-");
        assertThat(LayerCharts.format(0.012345)).isEqualTo("0.0123");
        assertThat(LayerCharts.format(2)).isEqualTo("2.00");
        assertThat(LayerCharts.format(12345)).isEqualTo("1.23e+04");
    }
}
