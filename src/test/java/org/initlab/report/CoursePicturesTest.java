package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.initlab.app.Initlab;
import org.initlab.init.Initializers;
import org.initlab.plot.ChartFiles;
import org.initlab.plot.ChartSpec;
import org.initlab.plot.RenderedChart;
import org.initlab.plot.VisualStyle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Every chart and page of {@code all --quick}, rendered headless once and inspected: one colour per initializer
 * across all lessons, no hidden series, few round tick labels, log axes where values span decades, nothing
 * non-finite drawn, a CSV beside every PNG; and pages whose tables, verdicts, links, titles and viewport hold.
 */
class CoursePicturesTest {
    @TempDir
    static Path tmp;
    static Path out;
    static final List<ChartFiles.Saved> SAVED = new ArrayList<>();

    @BeforeAll
    static void runTheCourse() throws Exception {
        out = tmp.resolve("all");
        try (AutoCloseable w = ChartFiles.watch(SAVED::add)) {
            assertThat(Initlab.execute("all", "--quick", "--out", out.toString())).isZero();
        }
        assertThat(SAVED).hasSizeGreaterThan(20);
    }

    static List<RenderedChart> charts() {
        List<RenderedChart> out = new ArrayList<>();
        for (ChartFiles.Saved s : SAVED) {
            for (Chart<?, ?> c : s.charts()) {
                if (c instanceof RenderedChart r) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    static XYSeries drawn(RenderedChart chart, String name) {
        XYSeries s = chart.getSeries(name);
        assertThat(s).as("'%s' drawn in '%s'", name, chart.spec().title()).isNotNull();
        return s;
    }

    @Test
    void everyInitializerHasOneColourInEveryChartOfEveryLesson() {
        Map<String, Integer> colourOf = new HashMap<>();
        int keyed = 0;
        for (RenderedChart chart : charts()) {
            Map<Integer, String> keyOfColour = new HashMap<>();
            for (ChartSpec.Series s : chart.spec().series()) {
                boolean drawable = chart.logScale() ? Arrays.stream(s.y()).anyMatch(v -> v > 0) : s.y().length > 0;
                if (s.initKey() == null || !drawable) {
                    continue;
                }
                keyed++;
                int rgb = drawn(chart, s.name()).getLineColor().getRGB() & 0xFFFFFF;
                assertThat(rgb).as("%s in '%s'", s.initKey(), chart.spec().title())
                        .isEqualTo(colourOf.computeIfAbsent(s.initKey(),
                                k -> VisualStyle.colourOf(k).getRGB() & 0xFFFFFF));
                String other = keyOfColour.putIfAbsent(rgb, s.initKey());
                assertThat(other == null || other.equals(s.initKey())).as("%s and %s share a colour in '%s'", other,
                        s.initKey(), chart.spec().title()).isTrue();
            }
        }
        assertThat(keyed).isGreaterThan(50);
        assertThat(colourOf).containsKeys("xavier-normal", "he-normal", "zeros", "normal:std=0.01", "normal:std=1");
    }

    @Test
    void noTwoSeriesCoincideUnlessTheChartSaysSoAndFailuresAreDrawnOnTop() {
        int overlapsSeen = 0;
        for (RenderedChart chart : charts()) {
            List<ChartSpec.Series> data = chart.spec().series().stream()
                    .filter(s -> s.role() == ChartSpec.Role.LINE || s.role() == ChartSpec.Role.DOTS).toList();
            String notes = String.join("\n", chart.notes()).replace("\n   ", " ");
            for (int i = 0; i < data.size(); i++) {
                for (int j = i + 1; j < data.size(); j++) {
                    if (ChartSpec.same(data.get(i), data.get(j))) {
                        overlapsSeen++;
                        assertThat(notes).as("'%s': %s and %s coincide", chart.spec().title(), data.get(i).name(),
                                data.get(j).name()).contains(data.get(i).name()).contains(data.get(j).name());
                    }
                }
            }
            List<String> order = chart.getSeriesCollection().stream().map(XYSeries::getName).toList();
            int lastGood = -1;
            int firstFailed = Integer.MAX_VALUE;
            for (ChartSpec.Series s : data) {
                int at = order.indexOf(s.name());
                if (s.failed()) {
                    firstFailed = Math.min(firstFailed, at);
                } else {
                    lastGood = Math.max(lastGood, at);
                }
            }
            assertThat(lastGood).as("'%s': a failed run drawn under a successful one", chart.spec().title())
                    .isLessThan(firstFailed);
        }
        assertThat(overlapsSeen).as("the quick course has coinciding runs (zero init)").isGreaterThan(0);
    }

    @Test
    void everyAxisHasAtMostTwelveTickLabels() {
        for (RenderedChart chart : charts()) {
            assertThat(chart.tickLabels(true)).as("x ticks of '%s'", chart.spec().title()).isNotEmpty()
                    .hasSizeLessThanOrEqualTo(12);
            assertThat(chart.tickLabels(false)).as("y ticks of '%s'", chart.spec().title()).isNotEmpty()
                    .hasSizeLessThanOrEqualTo(12);
        }
    }

    @Test
    void valuesSpanningMoreThanTwoDecadesGetALogAxis() {
        int logs = 0;
        for (RenderedChart chart : charts()) {
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            boolean negative = false;
            boolean histogramOrPercent = chart.spec().yLabel().contains("%");
            for (ChartSpec.Series s : chart.spec().series()) {
                for (double v : s.y()) {
                    negative |= v < 0;
                    if (v > 0) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
            if (!negative && !histogramOrPercent && max > 0 && max / min > 100) {
                logs++;
                assertThat(chart.logScale()).as("'%s' spans %.3g..%.3g", chart.spec().title(), min, max).isTrue();
            }
        }
        assertThat(logs).isGreaterThan(10);
    }

    @Test
    void nothingNonFiniteIsDrawn() {
        for (ChartFiles.Saved saved : SAVED) {
            for (Chart<?, ?> c : saved.charts()) {
                if (c instanceof XYChart xy) {
                    for (XYSeries s : xy.getSeriesCollection()) {
                        for (int i = 0; i < s.getXData().length; i++) {
                            assertThat(Double.isFinite(s.getXData()[i]) && Double.isFinite(s.getYData()[i]))
                                    .as("%s: '%s' point %d", saved.png(), s.getName(), i).isTrue();
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyPngHasItsDataBesideIt() throws Exception {
        List<Path> pngs;
        try (Stream<Path> files = Files.walk(out)) {
            pngs = files.filter(p -> p.toString().endsWith(".png")).toList();
        }
        assertThat(pngs).hasSizeGreaterThan(20);
        for (Path png : pngs) {
            Path csv = png.resolveSibling(png.getFileName().toString().replace(".png", ".csv"));
            assertThat(csv).as("data of " + png).exists();
            assertThat(Files.readAllLines(csv)).as("rows of " + csv).hasSizeGreaterThan(1);
        }
    }

    static List<Path> pages() throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html")).toList();
        }
    }

    @Test
    void everyMarkdownTableRowHasTheHeadersNumberOfCells() throws Exception {
        List<Path> mds;
        try (Stream<Path> files = Files.walk(out)) {
            mds = files.filter(p -> p.getFileName().toString().matches("(report|index)\\.md")).toList();
        }
        int tables = 0;
        for (Path md : mds) {
            int expected = -1;
            for (String line : Files.readAllLines(md)) {
                if (!line.startsWith("|")) {
                    expected = -1;
                    continue;
                }
                int cells = line.replace("\\|", "").split("\\|", -1).length - 2;
                if (expected < 0) {
                    expected = cells;
                    tables++;
                }
                assertThat(cells).as("%s: %s", md, line).isEqualTo(expected);
            }
        }
        assertThat(tables).isGreaterThan(10);
    }

    @Test
    void everyLessonPageAnswersItsQuestionWithAVerdict() throws Exception {
        int lessons = 0;
        for (Path page : pages()) {
            if (page.getFileName().toString().equals("report.html")) {
                lessons++;
                String html = Files.readString(page);
                Matcher m = Pattern.compile("<strong>Verdict\\.</strong>\\s*([^<]{20,})").matcher(html);
                assertThat(m.find()).as("verdict on " + page).isTrue();
                assertThat(html.indexOf("<strong>Question.</strong>")).as(page.toString())
                        .isBetween(0, html.indexOf("Verdict."));
            }
        }
        assertThat(lessons).isGreaterThanOrEqualTo(9);
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index.split("<strong>Verdict\\.</strong>", -1).length - 1).isEqualTo(lessons);
        assertThat(index).contains("<img src=\"firstrun/");
    }

    @Test
    void everyLinkResolvesEveryPageHasItsOwnTitleAndAViewport() throws Exception {
        Set<String> titles = new HashSet<>();
        int prevNext = 0;
        for (Path page : pages()) {
            String html = Files.readString(page);
            assertThat(html).as(page.toString()).contains("<meta name=\"viewport\" content=\"width=device-width");
            Matcher title = Pattern.compile("<title>(.+?)</title>").matcher(html);
            assertThat(title.find()).as(page.toString()).isTrue();
            assertThat(titles.add(title.group(1))).as("title '%s' of %s is not unique", title.group(1), page).isTrue();
            Matcher href = Pattern.compile("(?:href|src)=\"([^\"#]+)\"").matcher(html);
            while (href.find()) {
                if (href.group(1).matches("[a-z]+:.*")) {
                    // an address with a scheme (the lab's http://127.0.0.1:8080/... presets) is not a file
                    assertThat(href.group(1)).as("external link in " + page).startsWith("http://127.0.0.1:8080/");
                    continue;
                }
                assertThat(page.resolveSibling(href.group(1))).as("link in " + page).exists();
            }
            prevNext += html.contains("previous lesson") ? 1 : 0;
            prevNext += html.contains("next lesson") ? 1 : 0;
            if (page.getFileName().toString().equals("report.html")) {
                assertThat(html).as(page.toString()).contains("href=\"../index.html\"");
            }
        }
        assertThat(prevNext).isGreaterThanOrEqualTo(2 * 9 - 2);
    }

    @Test
    void chromiumLoadsEveryImageWithoutOverflowAt390Pixels() throws Exception {
        Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(chromium != null,
                "skipped: no chromium here (Debian: apt-get install chromium) to open the pages in");
        for (String page : List.of("index.html", "xavier/report.html")) {
            Path target = out.resolve(page);
            Path check = tmp.resolve("check-" + target.getParent().getFileName() + ".html");
            Files.writeString(check, "<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"f\" src=\""
                    + target.toUri() + "\" style=\"width:390px;height:1200px;border:0\"></iframe><script>"
                    + "document.getElementById('f').addEventListener('load',()=>{const d=document.getElementById('f')"
                    + ".contentDocument;const imgs=[...d.images];document.body.setAttribute('data-check',"
                    + "[d.documentElement.scrollWidth,d.documentElement.clientWidth,imgs.length,"
                    + "imgs.filter(i=>!(i.complete&&i.naturalWidth>0)).length].join(' '));});</script></body></html>");
            Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--allow-file-access-from-files", "--window-size=1280,1300",
                    "--virtual-time-budget=5000", "--dump-dom", check.toUri().toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String dom = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            Matcher m = Pattern.compile("data-check=\"(\\d+) (\\d+) (\\d+) (\\d+)\"").matcher(dom);
            assertThat(m.find()).as("chromium's answer for " + page + ": " + dom).isTrue();
            int scrollWidth = Integer.parseInt(m.group(1));
            int clientWidth = Integer.parseInt(m.group(2));
            assertThat(scrollWidth).as(page + " overflows horizontally at 390 px").isLessThanOrEqualTo(clientWidth);
            assertThat(Integer.parseInt(m.group(3))).as(page + " images").isGreaterThan(3);
            assertThat(Integer.parseInt(m.group(4))).as(page + " images that failed to load").isZero();
        }
    }

    /** The colour helper agrees with itself for the canonical names (a guard for the test above). */
    @Test
    void canonicalNamesOfParametrizedInitializers() {
        assertThat(VisualStyle.initKey(Initializers.byName("normal:std=0.01"))).isEqualTo("normal:std=0.01");
        assertThat(VisualStyle.initKey(Initializers.byName("normal:std=1"))).isEqualTo("normal:std=1");
        assertThat(VisualStyle.colourOf("normal:std=1")).isNotEqualTo(VisualStyle.colourOf("normal:std=0.01"));
        assertThat(new Color(VisualStyle.colourOf("xavier-normal").getRGB())).isEqualTo(new Color(0, 114, 178));
    }
}
