package org.initlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.initlab.lesson.LessonResult;

/** The course report: {@code index.md} and {@code index.html} linking every lesson's report and figures. */
public final class CourseIndex {
    /** One lesson's line in the index: its name, title, folder (relative to the index), result and time. */
    public record Entry(String name, String title, String folder, LessonResult result, double seconds, String error) {
    }

    private CourseIndex() {
    }

    /** Writes index.md and index.html into {@code out}; returns the HTML file. */
    public static Path write(Path out, List<Entry> entries, double totalSeconds) {
        StringBuilder md = new StringBuilder("# initlab: the course report\n\n");
        md.append(String.format(Locale.ROOT, "Every lesson, run with its defaults in %.0f s. Each lesson's text, with the "
                + "theory and exercises, is `lessons/NAME/README.md`.%n%n", totalSeconds));
        md.append("| # | lesson | what it found | report |\n| --- | --- | --- | --- |\n");
        int i = 0;
        for (Entry e : entries) {
            String found;
            if (e.error() != null) {
                found = e.error().startsWith("skipped:") ? "*" + e.error() + "*" : "**failed:** " + e.error();
            } else {
                List<String> findings = e.result().findings();
                found = findings.isEmpty() ? "" : findings.get(0).replace("|", "\\|");
                if (findings.size() > 1) {
                    found += " (+" + (findings.size() - 1) + " more)";
                }
            }
            md.append("| ").append(i++).append(" | ").append(e.title()).append(" | ").append(found).append(" | ")
                    .append(e.error() == null ? "[" + e.name() + "](" + e.folder() + "/report.html)" : "-").append(" |\n");
        }
        md.append("\n## Figures\n\n");
        for (Entry e : entries) {
            if (e.result() == null) {
                continue;
            }
            List<String> links = new ArrayList<>();
            for (Path file : e.result().files()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".png")) {
                    links.add("[" + name.replace(".png", "") + "](" + e.folder() + "/" + name + ")");
                }
            }
            md.append("- **").append(e.name()).append("**: ").append(String.join(", ", links)).append('\n');
        }
        org.initlab.io.OutputFolder.writeText(out, "index.md", md.toString());
        return org.initlab.io.OutputFolder.writeText(out, "index.html", Report.html(md.toString()));
    }
}
