package org.initlab.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.initlab.io.OutputFolder;

/**
 * A run's report: written as {@code report.md} and rendered to {@code report.html} in the run's folder, with
 * its plots embedded by relative path so the folder can be zipped and handed in. Every table cell and caption is
 * escaped, so a {@code |} in a label (|w|, |Δb|) stays text instead of splitting the table.
 */
public final class Report {
    /** The line that starts a page's navigation (so the course index can replace it with prev/next links). */
    public static final String NAV_MARK = "<!-- nav -->";

    private final String title;
    private final StringBuilder md = new StringBuilder();

    /** A report whose page title and first heading are {@code title}. */
    public Report(String title) {
        this.title = title;
        md.append("# ").append(escapeInline(title)).append("\n\n");
        md.append("*initlab 0.1.0 · Java ").append(System.getProperty("java.version")).append(" · ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))).append("*\n\n");
    }

    /** A line of links (Markdown), e.g. to the course index and the lesson text; see {@link #NAV_MARK}. */
    public Report nav(String links) {
        md.append(NAV_MARK).append("\n").append(links).append("\n\n");
        return this;
    }

    /** The question and the one-line verdict that answers it, at the top of the page. */
    public Report verdict(String question, String verdict) {
        md.append("**Question.** ").append(escapeInline(question)).append("\n\n");
        md.append("> **Verdict.** ").append(escapeInline(verdict)).append("\n\n");
        return this;
    }

    /** A second-level heading. */
    public Report heading(String text) {
        md.append("## ").append(escapeInline(text)).append("\n\n");
        return this;
    }

    /** A paragraph of Markdown, as given (the caller escapes what it quotes). */
    public Report paragraph(String text) {
        md.append(text).append("\n\n");
        return this;
    }

    /** A bullet list; each item is escaped. */
    public Report bullets(List<String> items) {
        for (String item : items) {
            md.append("- ").append(escapeInline(item)).append('\n');
        }
        md.append('\n');
        return this;
    }

    /** A two-column table of settings. */
    public Report settings(Map<String, String> values) {
        md.append("| setting | value |\n| --- | --- |\n");
        values.forEach((k, v) -> md.append("| ").append(cell(k)).append(" | ").append(cell(v)).append(" |\n"));
        md.append('\n');
        return this;
    }

    /** A table; every cell is escaped and every row has the header's number of cells. */
    public Report table(List<String> header, List<List<String>> rows) {
        md.append("|");
        header.forEach(h -> md.append(' ').append(cell(h)).append(" |"));
        md.append("\n|");
        header.forEach(h -> md.append(" --- |"));
        md.append('\n');
        for (List<String> row : rows) {
            md.append("|");
            for (int i = 0; i < header.size(); i++) {
                md.append(' ').append(cell(i < row.size() ? row.get(i) : "")).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
        return this;
    }

    /** An image in the report folder (or below it), referenced by its path relative to the folder, with its caption. */
    public Report image(String caption, Path folder, Path file) {
        String relative = folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        String alt = escapeInline(caption).replace("[", "\\[").replace("]", "\\]");
        String csv = relative.endsWith(".png") ? relative.substring(0, relative.length() - 4) + ".csv" : null;
        md.append("![").append(alt).append("](").append(relative).append(")\n\n*").append(escapeInline(caption))
                .append("*");
        if (csv != null && Files.exists(folder.resolve(csv))) {
            md.append(" ([data](").append(csv).append("))");
        }
        md.append("\n\n");
        return this;
    }

    /** The report so far as Markdown, in the order the parts were added (what {@link #write} saves as report.md). */
    public String markdown() {
        return md.toString();
    }

    /** Writes report.md and report.html into the folder; returns the HTML file. */
    public Path write(Path folder) {
        OutputFolder.writeText(folder, "report.md", md.toString());
        return OutputFolder.writeText(folder, "report.html", html(title, md.toString()));
    }

    /** A table cell: pipes escaped, line breaks as spaces. */
    public static String cell(String text) {
        return escapeInline(text).replace("|", "\\|").replace("\n", " ");
    }

    /** Text that Markdown must not interpret: *, _, `, &lt; and a leading # are escaped (pipes only in tables). */
    public static String escapeInline(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("<", "&lt;");
    }

    /** Markdown (with tables) rendered as a standalone page titled {@code title}, readable on a phone. */
    public static String html(String title, String markdown) {
        var extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();
        String safeTitle = title.replace("&", "&amp;").replace("<", "&lt;");
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + safeTitle + "</title><style>"
                + "body{font-family:sans-serif;max-width:60em;margin:1.5em auto;padding:0 1em;line-height:1.45;"
                + "overflow-wrap:break-word}"
                + "table{border-collapse:collapse;display:block;overflow-x:auto;max-width:100%;margin:.5em 0}"
                + "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}td:first-child,th:first-child"
                + "{text-align:left}th{background:#f3f3f3}"
                + "img{max-width:100%;height:auto;border:1px solid #ddd}code{background:#f6f6f6}"
                + "blockquote{margin:1em 0;padding:.6em 1em;background:#eef6ee;border-left:4px solid #2a7a2a}"
                + "nav,p.nav{font-size:.95em}pre{overflow-x:auto}"
                + ".lessons img{width:12em;max-width:40vw}"
                + "</style></head><body>\n" + renderer.render(parser.parse(markdown)) + "</body></html>\n";
    }
}
