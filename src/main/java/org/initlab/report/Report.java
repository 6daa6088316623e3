package org.initlab.report;

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
 * its plots embedded by relative path so the folder can be zipped and handed in.
 */
public final class Report {
    private final StringBuilder md = new StringBuilder();

    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
    public Report(String title) {
        md.append("# ").append(title).append("\n\n");
        md.append("*initlab 0.1.0 · Java ").append(System.getProperty("java.version")).append(" · ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))).append("*\n\n");
    }

    /** Returns the heading for the given arguments (see the class comment). */
    public Report heading(String text) {
        md.append("## ").append(text).append("\n\n");
        return this;
    }

    /** Returns the paragraph for the given arguments (see the class comment). */
    public Report paragraph(String text) {
        md.append(text).append("\n\n");
        return this;
    }

    /** Returns the bullets for the given arguments (see the class comment). */
    public Report bullets(List<String> items) {
        for (String item : items) {
            md.append("- ").append(item).append('\n');
        }
        md.append('\n');
        return this;
    }

    /** A two-column table of settings. */
    public Report settings(Map<String, String> values) {
        md.append("| setting | value |\n| --- | --- |\n");
        values.forEach((k, v) -> md.append("| ").append(k).append(" | `").append(v).append("` |\n"));
        md.append('\n');
        return this;
    }

    /** Returns the table for the given arguments (see the class comment). */
    public Report table(List<String> header, List<List<String>> rows) {
        md.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> md.append(" --- |"));
        md.append('\n');
        for (List<String> row : rows) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        md.append('\n');
        return this;
    }

    /** An image in the report folder (or below it), referenced by its path relative to the folder. */
    public Report image(String caption, Path folder, Path file) {
        String relative = folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        md.append("![").append(caption).append("](").append(relative).append(")\n\n*").append(caption).append("*\n\n");
        return this;
    }

    /** The markdown. */
    public String markdown() {
        return md.toString();
    }

    /** Writes report.md and report.html into the folder; returns the HTML file. */
    public Path write(Path folder) {
        OutputFolder.writeText(folder, "report.md", md.toString());
        return OutputFolder.writeText(folder, "report.html", html(md.toString()));
    }

    /** Markdown (with tables) rendered as a standalone HTML page. */
    public static String html(String markdown) {
        var extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>initlab report</title><style>"
                + "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.45}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}"
                + "th{background:#f3f3f3}img{max-width:100%;border:1px solid #ddd}code{background:#f6f6f6}"
                + "</style></head><body>\n" + renderer.render(parser.parse(markdown)) + "</body></html>\n";
    }
}
