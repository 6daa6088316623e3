package org.initlab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.initlab.io.OutputFolder;

/**
 * The links between a course's pages: each lesson page links the course index ({@code ../index.html}), the previous
 * and next lesson and its own text (the lesson's {@code README.md}, copied beside the report as {@code lesson.html}).
 */
public final class LessonPages {
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>");

    private LessonPages() {
    }

    /** The navigation line of a lesson page; {@code previous}/{@code next} are sibling folder names or null. */
    public static String navigation(String previous, String next, boolean hasText) {
        StringBuilder b = new StringBuilder("[↑ course index](../index.html)");
        if (previous != null) {
            b.append(" · [← previous lesson: ").append(previous).append("](../").append(previous)
                    .append("/report.html)");
        }
        if (next != null) {
            b.append(" · [next lesson: ").append(next).append(" →](../").append(next).append("/report.html)");
        }
        if (hasText) {
            b.append(" · [the lesson text](lesson.html)");
        }
        return b.toString();
    }

    /**
     * Copies the lesson's text ({@code lessons/NAME/README.md}, looked up from the working folder and from the
     * folder above the running jar) into {@code folder} as {@code lesson.md} and {@code lesson.html}; false when the
     * text is not found (an installed jar without the sources).
     */
    public static boolean copyText(String lesson, String title, Path folder) {
        Path text = find(lesson);
        if (text == null) {
            return false;
        }
        try {
            String md = Files.readString(text);
            String nav = "[↑ course index](../index.html) · [this lesson's report](report.html)\n\n";
            OutputFolder.writeText(folder, "lesson.md", md);
            OutputFolder.writeText(folder, "lesson.html", Report.html("Lesson text: " + title, nav + md));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lesson text " + text + ": " + OutputFolder.describe(e), e);
        }
    }

    static Path find(String lesson) {
        Path here = Path.of("lessons", lesson, "README.md");
        if (Files.isRegularFile(here)) {
            return here;
        }
        try {
            Path jar = Path.of(LessonPages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("lessons").resolve(lesson).resolve("README.md");
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /**
     * Rewrites a lesson page's navigation line (after {@link Report#NAV_MARK}) with links to the previous and next
     * lesson, in {@code report.md} and {@code report.html}. A page without the mark is left as it is.
     */
    public static void link(Path folder, String previous, String next) {
        Path md = folder.resolve("report.md");
        Path html = folder.resolve("report.html");
        if (!Files.isRegularFile(md) || !Files.isRegularFile(html)) {
            return;
        }
        try {
            String text = Files.readString(md);
            int mark = text.indexOf(Report.NAV_MARK + "\n");
            if (mark < 0) {
                return;
            }
            int start = mark + Report.NAV_MARK.length() + 1;
            int end = text.indexOf('\n', start);
            String updated = text.substring(0, start)
                    + navigation(previous, next, Files.exists(folder.resolve("lesson.html"))) + text.substring(end);
            Matcher title = TITLE.matcher(Files.readString(html));
            String pageTitle = title.find() ? title.group(1).replace("&lt;", "<").replace("&amp;", "&")
                    : "initlab report";
            OutputFolder.writeText(folder, "report.md", updated);
            OutputFolder.writeText(folder, "report.html", Report.html(pageTitle, updated));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot link " + md + ": " + OutputFolder.describe(e), e);
        }
    }
}
