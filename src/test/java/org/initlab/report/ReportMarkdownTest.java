package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown each part of a report adds, character for character, and the page it is rendered to. */
class ReportMarkdownTest {
    @TempDir
    Path tmp;

    /** The Markdown after the title and the version line. */
    private static String body(Report report) {
        String md = report.markdown();
        int afterTitle = md.indexOf("\n\n") + 2;
        return md.substring(md.indexOf("\n\n", afterTitle) + 2);
    }

    @Test
    void theTitleIsEscapedAndFollowedByTheVersionAndTheDate() {
        String md = new Report("A *b* <c>").markdown();
        assertThat(md).startsWith("# A \\*b\\* &lt;c>\n\n*initlab 0.1.0 · Java " + System.getProperty("java.version")
                + " · ");
        assertThat(md).matches("(?s).* · \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\S+\\*\n\n");
    }

    @Test
    void navigationVerdictHeadingParagraphAndBullets() {
        Report report = new Report("t").nav("[up](../index.html)").verdict("Why x_1?", "It *is*.")
                .heading("A `b`").paragraph("**bold** as given").bullets(List.of("a_b", "c")).bullets(List.of());
        assertThat(body(report)).isEqualTo("<!-- nav -->\n[up](../index.html)\n\n"
                + "**Question.** Why x\\_1?\n\n> **Verdict.** It \\*is\\*.\n\n"
                + "## A \\`b\\`\n\n"
                + "**bold** as given\n\n"
                + "- a\\_b\n- c\n\n"
                + "\n");
    }

    @Test
    void settingsAndTablesEscapePipesAndLineBreaksAndPadShortRows() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("k1", "x|y");
        settings.put("k_2", "multi\nline");
        Report report = new Report("t").settings(settings)
                .table(List.of("h1", "h|2", "h3"), List.of(List.of("1"), List.of("1", "2", "3", "4")));
        assertThat(body(report)).isEqualTo("| setting | value |\n| --- | --- |\n"
                + "| k1 | x\\|y |\n| k\\_2 | multi line |\n\n"
                + "| h1 | h\\|2 | h3 |\n| --- | --- | --- |\n| 1 |  |  |\n| 1 | 2 | 3 |\n\n");
    }

    @Test
    void inlineTextEscapesEveryMarkdownCharacter() {
        assertThat(Report.escapeInline("a\\b*c_d`e<f|g")).isEqualTo("a\\\\b\\*c\\_d\\`e&lt;f|g");
        assertThat(Report.cell("a|b\nc_d")).isEqualTo("a\\|b c\\_d");
    }

    @Test
    void anImageIsLinkedRelativelyWithItsDataWhenACsvLiesBesideIt() throws Exception {
        Path sub = Files.createDirectories(tmp.resolve("sub"));
        Files.writeString(sub.resolve("plot.csv"), "x,y\n");
        Files.writeString(sub.resolve("other.csv"), "x,y\n");
        Report report = new Report("t").image("cap [1] *", tmp, sub.resolve("plot.png"))
                .image("no data", tmp, sub.resolve("alone.png"))
                .image("not a png", tmp, sub.resolve("other.svg"));
        assertThat(body(report)).isEqualTo("![cap \\[1\\] \\*](sub/plot.png)\n\n"
                + "*cap [1] \\** ([data](sub/plot.csv))\n\n"
                + "![no data](sub/alone.png)\n\n*no data*\n\n"
                + "![not a png](sub/other.svg)\n\n*not a png*\n\n");
    }

    @Test
    void writeSavesTheMarkdownAndAPageTitledByTheReport() throws Exception {
        Report report = new Report("A & <b>").heading("Plots");
        Path html = report.write(tmp);
        assertThat(html).isEqualTo(tmp.resolve("report.html"));
        assertThat(Files.readString(tmp.resolve("report.md"))).isEqualTo(report.markdown());
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .contains("<title>A &amp; &lt;b></title>")
                .contains("<h1>A &amp; &lt;b&gt;</h1>")
                .contains("<h2>Plots</h2>")
                .endsWith("</body></html>\n");
    }

    @Test
    void tablesAreRenderedAsHtmlTables() {
        String page = Report.html("t", "| a | b |\n| --- | --- |\n| 1 | 2 |\n");
        assertThat(page).contains("<table>").contains("<th>a</th>").contains("<td>2</td>");
    }
}
