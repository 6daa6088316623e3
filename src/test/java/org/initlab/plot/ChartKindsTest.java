package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.initlab.activation.Tanh;
import org.initlab.data.ToyData;
import org.initlab.diagnostics.Recorder;
import org.initlab.init.Initializer;
import org.initlab.init.Initializers;
import org.initlab.init.XavierNormal;
import org.initlab.init.Zeros;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Sgd;
import org.initlab.report.TrainingOutputs;
import org.initlab.theory.GaussianExpectation;
import org.initlab.theory.WeightDensity;
import org.initlab.train.History;
import org.initlab.train.Trainer;
import org.initlab.train.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every chart kind renders headless to a PNG of sensible size with its series visibly drawn. */
class ChartKindsTest {
    private static final int BLUE = new Color(0, 114, 178).getRGB() & 0xFFFFFF;
    private static final int ORANGE = new Color(213, 94, 0).getRGB() & 0xFFFFFF;

    @TempDir
    Path tmp;

    static int pixels(Path png, int rgb) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        int count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                count += (img.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return count;
    }

    /** Pixels of any saturated colour (series), as opposed to white, black and greys (axes, text, grid). */
    static int colouredPixels(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        int count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 255;
                int g = (rgb >> 8) & 255;
                int b = rgb & 255;
                count += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60 ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void weightHistogramWithItsDensity() throws Exception {
        double[] w = new double[200 * 100];
        new XavierNormal(1).fill(w, 200, 100, new SplittableRandom(1));
        Path png = ChartFiles.savePng(DistributionCharts.weightHistogram("xavier-normal 200×100", w,
                WeightDensity.of(new XavierNormal(1), 200, 100), 50), tmp, "weights");
        assertThat(Files.size(png)).isGreaterThan(10_000);
        assertThat(pixels(png, BLUE)).as("histogram area").isGreaterThan(5_000);
        assertThat(pixels(png, ORANGE)).as("density line").isGreaterThan(200);
        assertThat(ChartFiles.saveSvg(DistributionCharts.weightHistogram("svg", w, null, 20), tmp, "weights"))
                .content().contains("<svg");
    }

    @Test
    void everyDensityIntegratesToItsNonZeroMass() {
        for (String spec : List.of("uniform", "normal", "truncated-normal", "xavier-uniform", "he-normal",
                "lecun-uniform", "variance-scaling", "orthogonal", "legacy-default")) {
            Initializer init = Initializers.byName(spec);
            var density = WeightDensity.of(init, 300, 200);
            double s = init.expectedStd(300, 200);
            double m = init.expectedMean(300, 200);
            // ∫ f(x) dx = E_z[f(m + 8s·z)·8s·√(2π)·e^{z²/2}] is awkward; integrate directly with the midpoint rule
            double total = 0;
            int n = 200_000;
            double lo = m - 10 * s;
            double h = 20 * s / n;
            for (int i = 0; i < n; i++) {
                total += density.applyAsDouble(lo + (i + 0.5) * h) * h;
            }
            assertThat(total).as(spec).isCloseTo(1.0, offset(2e-3));
        }
        assertThat(WeightDensity.of(new Zeros(), 3, 3)).isNull();
        assertThat(GaussianExpectation.of(z -> z * z)).isCloseTo(1.0, offset(1e-12));
    }

    @Test
    void heatmap() throws Exception {
        double[][] values = {{50, 90, Double.NaN}, {10, 70, 100}};
        Path png = ChartFiles.savePng(DistributionCharts.heatmap("accuracy", "init", List.of("a", "b", "c"), "depth",
                List.of("5", "20"), values, "0"), tmp, "heat");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(900);
        // the cell with the largest value has the last colour of the range
        assertThat(pixels(png, new Color(66, 146, 198).getRGB() & 0xFFFFFF)).isGreaterThan(1_000);
    }

    @Test
    void trainingChartsLossAccuracyUpdateRatioAndDistinctUnits() throws Exception {
        Mlp net = Mlp.uniform(2, 3, 8, 1, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 1);
        Recorder recorder = new Recorder(2);
        History h = new Trainer(net, Losses.binaryCrossEntropy(), new Sgd(0.1), new TrainingConfig(4, 16, 1))
                .listen(recorder).fit(ToyData.circles(160, 0.05, 1).split(0.25, 1));
        Map<String, String> settings = new LinkedHashMap<>();
        TrainingOutputs.write(h, recorder, net.layers().size(), "t", settings, tmp);
        for (String name : List.of("loss", "accuracy", "update_ratio", "gradient_over_time", "directions",
                "histograms_start", "histograms_end")) {
            assertThat(colouredPixels(tmp.resolve(name + ".png"))).as(name).isGreaterThan(300);
        }
        assertThat(Files.readAllLines(tmp.resolve("diagnostics.csv")).get(0)).isEqualTo("step,layer,quantity,value");
        assertThat(Files.readAllLines(tmp.resolve("history.csv"))).hasSize(6);
        List<String> histograms = Files.readAllLines(tmp.resolve("histograms.csv"));
        assertThat(histograms.get(0)).isEqualTo("step,layer,bin_low,bin_high,count");
        // 40 bins × 3 hidden layers at step 1 and at the last recorded step; counts add up to the sample size
        assertThat(histograms).hasSize(1 + 2 * 3 * 40);
        long total = histograms.stream().skip(1).filter(l -> l.startsWith("1,1,"))
                .mapToLong(l -> Long.parseLong(l.split(",")[4])).sum();
        assertThat(total).isEqualTo(16 * 8);
    }
}
