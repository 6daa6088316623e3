package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.initlab.activation.Relu;
import org.initlab.activation.Tanh;
import org.initlab.diagnostics.Probe;
import org.initlab.init.Normal;
import org.initlab.plot.ChartFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class ProbeOutputsTest {
    @TempDir
    Path tmp;

    @Test
    void probeWritesTheDocumentedCsvPlotsAndAReportWhoseImagesExist() throws Exception {
        Probe.Result r = Probe.run(new Tanh(), new Normal(0, 0.01), 6, 64, 200, 1);
        List<String> verdicts = ProbeOutputs.write(r, "test probe", Map.of("seed", "1"), tmp);
        List<String> csv = Files.readAllLines(tmp.resolve("layers.csv"));
        assertThat(csv.get(0)).isEqualTo("layer,preact_mean,preact_std,act_mean,act_std,saturated_frac,dead_frac,"
                + "grad_act_std,grad_w_std,predicted_act_std,predicted_preact_std,predicted_grad_act_std");
        assertThat(csv).hasSize(7);
        assertThat(csv.get(1).split(",", -1)).hasSize(ProbeOutputs.COLUMNS.size());
        assertThat(verdicts).anyMatch(v -> v.contains("back-propagated gradient at layer 1")
                && v.endsWith("vanishing"));

        String html = Files.readString(tmp.resolve("report.html"));
        Matcher m = Pattern.compile("src=\"([^\"]+)\"").matcher(html);
        int images = 0;
        while (m.find()) {
            assertThat(tmp.resolve(m.group(1))).exists();
            images++;
        }
        assertThat(images).isEqualTo(3);
        assertThat(Files.readString(tmp.resolve("report.md"))).contains("## Verdict").contains("vanishing");
    }

    @Test
    @Timeout(60)
    void anOverflowingNetworkIsReportedAndPlottedNotHungOn() throws Exception {
        Probe.Result r = Probe.run(new Relu(), new Normal(0, 10), 250, 32, 50, 1);
        List<String> verdicts = ProbeOutputs.write(r, "overflow", Map.of(), tmp);
        assertThat(verdicts.get(0)).startsWith("the forward signal overflowed at layer ");
        int layer = Integer.parseInt(verdicts.get(0).replaceAll("\\D+(\\d+).*", "$1"));
        // std 10 with 32 inputs: each ReLU layer multiplies the std by √(32·100/2) = 40, so the values pass the
        // largest double (1.8e308) after about 308/log10(40) = 192 layers
        assertThat(layer).isBetween(185, 200);
        assertThat(tmp.resolve("activation_histograms.png")).exists();
        assertThat(Files.readString(tmp.resolve("report.md"))).contains("overflowed");
        assertThat(new Relu().apply(Double.NaN)).isNaN();
    }

    @Test
    void everyChartKindRendersWithItsSeriesDrawn() throws Exception {
        Probe.Result r = Probe.run(new Tanh(), new Normal(0, 0.2), 4, 32, 100, 2);
        Map<String, Integer> firstColour = new HashMap<>();
        try (AutoCloseable w = ChartFiles.watch(s -> firstColour.put(
                s.png().getFileName().toString().replace(".png", ""),
                ((XYChart) s.charts().get(0)).getSeriesCollection().iterator().next().getLineColor()
                        .getRGB() & 0xFFFFFF))) {
            ProbeOutputs.write(r, "charts", Map.of(), tmp);
        }
        for (String name : List.of("std_vs_layer", "gradient_vs_layer", "activation_histograms")) {
            BufferedImage img = ImageIO.read(tmp.resolve(name + ".png").toFile());
            assertThat(img.getWidth()).as(name).isGreaterThan(600);
            assertThat(img.getHeight()).as(name).isGreaterThan(200);
            assertThat(tmp.resolve(name + ".csv")).as("the data beside " + name).isNotEmptyFile();
            // the first series' colour must cover a visible number of pixels
            int colour = firstColour.get(name);
            int count = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    count += (img.getRGB(x, y) & 0xFFFFFF) == colour ? 1 : 0;
                }
            }
            assertThat(count).as(name + " pixels of its first series").isGreaterThan(50);
        }
    }
}
