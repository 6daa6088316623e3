package org.initlab.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.initlab.io.OutputFolder;
import org.initlab.report.LessonPages;
import org.initlab.report.Report;

/**
 * The course report: {@code index.md} and {@code index.html} with every lesson's verdict, a thumbnail of one of its
 * figures and a link to its page; each lesson page is then linked to the previous and next lesson.
 */
public final class CourseIndex {
    /** One lesson's line in the index: its name, title, folder (relative to the index), result and time. */
    public record Entry(String name, String title, String folder, LessonResult result, double seconds, String error) {
    }

    private CourseIndex() {
    }

    /** Writes index.md and index.html into {@code out}, links the lesson pages to each other; returns the HTML file. */
    public static Path write(Path out, List<Entry> entries, double totalSeconds) {
        StringBuilder md = new StringBuilder("# initlab: the course report\n\n");
        md.append(String.format(Locale.ROOT, "Every lesson, run with its defaults in %.0f s. Each lesson's page starts "
                + "with its question and the verdict; its text, with the theory and exercises, is linked from there "
                + "(and is `lessons/NAME/README.md`).%n%n", totalSeconds));
        int i = 0;
        for (Entry e : entries) {
            md.append("## ").append(i++).append(". ").append(Report.escapeInline(e.title())).append("\n\n");
            if (e.error() != null) {
                md.append(e.error().startsWith("skipped:") ? "*" + Report.escapeInline(e.error()) + "*"
                        : "**Failed:** " + Report.escapeInline(e.error())).append("\n\n");
                continue;
            }
            md.append("**Verdict.** ").append(Report.escapeInline(e.result().verdict())).append("\n\n");
            String thumbnail = thumbnail(e.result());
            if (thumbnail != null) {
                md.append("[![").append(Report.escapeInline(e.name())).append(": ").append(thumbnail).append("](")
                        .append(e.folder()).append('/').append(thumbnail).append(")](").append(e.folder())
                        .append("/report.html)\n\n");
            }
            md.append("[Open the lesson: ").append(e.name()).append("](").append(e.folder()).append("/report.html)")
                    .append(String.format(Locale.ROOT, " · ran in %.1f s%n%n", e.seconds()));
        }
        OutputFolder.writeText(out, "index.md", md.toString());
        Path index = OutputFolder.writeText(out, "index.html", Report.html("initlab: the course report", md.toString())
                .replace("<body>", "<body class=\"lessons\">"));
        List<Entry> done = entries.stream().filter(e -> e.result() != null).toList();
        for (int k = 0; k < done.size(); k++) {
            LessonPages.link(out.resolve(done.get(k).folder()), k > 0 ? done.get(k - 1).folder() : null,
                    k + 1 < done.size() ? done.get(k + 1).folder() : null);
        }
        return index;
    }

    /** The lesson's figure shown in the index: its overview or accuracy chart if it has one, else its first plot. */
    static String thumbnail(LessonResult result) {
        List<String> pngs = new ArrayList<>();
        for (Path file : result.files()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".png")) {
                pngs.add(name);
            }
        }
        for (String preferred : List.of("accuracy_overview.png", "accuracy.png", "loss.png")) {
            if (pngs.contains(preferred)) {
                return preferred;
            }
        }
        return pngs.isEmpty() ? null : pngs.get(0);
    }
}
