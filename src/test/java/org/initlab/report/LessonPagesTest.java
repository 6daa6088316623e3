package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The links between lesson pages: the navigation line, the copied lesson text, and relinking a written page. */
class LessonPagesTest {
    @TempDir
    Path tmp;

    @Test
    void theNavigationLineLinksTheIndexTheNeighboursAndTheText() {
        assertThat(LessonPages.navigation(null, null, false)).isEqualTo("[↑ course index](../index.html)");
        assertThat(LessonPages.navigation("a", "c", true)).isEqualTo("[↑ course index](../index.html)"
                + " · [← previous lesson: a](../a/report.html)"
                + " · [next lesson: c →](../c/report.html)"
                + " · [the lesson text](lesson.html)");
        assertThat(LessonPages.navigation(null, "c", false))
                .isEqualTo("[↑ course index](../index.html) · [next lesson: c →](../c/report.html)");
        assertThat(LessonPages.navigation("a", null, false))
                .isEqualTo("[↑ course index](../index.html) · [← previous lesson: a](../a/report.html)");
    }

    @Test
    void aLessonsTextIsCopiedBesideItsReportWithALinkBack() throws Exception {
        assertThat(LessonPages.copyText("firstrun", "A <first> run", tmp)).isTrue();
        String text = Files.readString(Path.of("lessons", "firstrun", "README.md"));
        assertThat(Files.readString(tmp.resolve("lesson.md"))).isEqualTo(text);
        String page = Files.readString(tmp.resolve("lesson.html"));
        assertThat(page).contains("<title>Lesson text: A &lt;first> run</title>")
                .contains("<a href=\"../index.html\">↑ course index</a> · "
                        + "<a href=\"report.html\">this lesson's report</a>")
                .contains("<h1>Lesson 0 — a first training run</h1>");
    }

    @Test
    void aLessonTextIsAlsoFoundAboveTheFolderOfTheRunningClasses() throws Exception {
        // an installed jar run from elsewhere: the text lies in lessons/ beside the jar's folder, not in the
        // working folder (here target/lessons/, beside target/classes/)
        Path above = Path.of(LessonPages.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        Path lessons = above.resolve("lessons");
        Path text = lessons.resolve("lesson-pages-test").resolve("README.md");
        assertThat(Path.of("lessons", "lesson-pages-test")).doesNotExist();
        boolean lessonsExisted = Files.exists(lessons);
        Files.createDirectories(text.getParent());
        try {
            Files.writeString(text, "# Found beside the classes\n");
            assertThat(LessonPages.find("lesson-pages-test")).isEqualTo(text);
            assertThat(LessonPages.copyText("lesson-pages-test", "t", tmp)).isTrue();
            assertThat(Files.readString(tmp.resolve("lesson.md"))).isEqualTo("# Found beside the classes\n");
        } finally {
            Files.deleteIfExists(text);
            Files.deleteIfExists(text.getParent());
            if (!lessonsExisted) {
                Files.deleteIfExists(lessons);
            }
        }
    }

    @Test
    void aLessonWithoutTextCopiesNothing() throws Exception {
        assertThat(LessonPages.copyText("no-such-lesson", "x", tmp)).isFalse();
        assertThat(LessonPages.find("no-such-lesson")).isNull();
        try (var files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void linkingRewritesOnlyTheNavigationLineAndKeepsTheTitle() throws Exception {
        new Report("A <b> & c").nav(LessonPages.navigation(null, null, false)).heading("Rest").write(tmp);
        String before = Files.readString(tmp.resolve("report.md"));
        Files.writeString(tmp.resolve("lesson.html"), "text");
        LessonPages.link(tmp, "prev", "next");
        String after = Files.readString(tmp.resolve("report.md"));
        assertThat(after).isEqualTo(before.replace("[↑ course index](../index.html)\n",
                "[↑ course index](../index.html) · [← previous lesson: prev](../prev/report.html)"
                        + " · [next lesson: next →](../next/report.html) · [the lesson text](lesson.html)\n"));
        assertThat(Files.readString(tmp.resolve("report.html")))
                .isEqualTo(Report.html("A <b> & c", after))
                .contains("<title>A &lt;b> &amp; c</title>")
                .contains("<a href=\"../prev/report.html\">← previous lesson: prev</a>");
        // linking again replaces the line instead of adding one
        Files.delete(tmp.resolve("lesson.html"));
        LessonPages.link(tmp, null, null);
        assertThat(Files.readString(tmp.resolve("report.md"))).isEqualTo(before);
    }

    @Test
    void aPageWithoutTheMarkOrWithoutItsFilesIsLeftAsItIs() throws Exception {
        new Report("plain").heading("No navigation").write(tmp);
        String md = Files.readString(tmp.resolve("report.md"));
        String html = Files.readString(tmp.resolve("report.html"));
        LessonPages.link(tmp, "a", "b");
        assertThat(Files.readString(tmp.resolve("report.md"))).isEqualTo(md);
        assertThat(Files.readString(tmp.resolve("report.html"))).isEqualTo(html);

        Path onlyMd = Files.createDirectories(tmp.resolve("only-md"));
        Files.writeString(onlyMd.resolve("report.md"), Report.NAV_MARK + "\nold\n");
        LessonPages.link(onlyMd, "a", "b");
        assertThat(Files.readString(onlyMd.resolve("report.md"))).isEqualTo(Report.NAV_MARK + "\nold\n");
        assertThat(onlyMd.resolve("report.html")).doesNotExist();

        Path onlyHtml = Files.createDirectories(tmp.resolve("only-html"));
        Files.writeString(onlyHtml.resolve("report.html"), "<title>x</title>");
        LessonPages.link(onlyHtml, "a", "b");
        assertThat(Files.readString(onlyHtml.resolve("report.html"))).isEqualTo("<title>x</title>");
    }

    @Test
    void aPageThatStartsWithTheMarkIsRelinked() throws Exception {
        Files.writeString(tmp.resolve("report.md"), Report.NAV_MARK + "\nold\n\nrest\n");
        Files.writeString(tmp.resolve("report.html"), "<title>t</title>");
        LessonPages.link(tmp, "a", null);
        assertThat(Files.readString(tmp.resolve("report.md"))).isEqualTo(Report.NAV_MARK
                + "\n[↑ course index](../index.html) · [← previous lesson: a](../a/report.html)\n\nrest\n");
    }

    @Test
    void aPageWithoutATitleIsRelinkedUnderTheDefaultTitle() throws Exception {
        Files.writeString(tmp.resolve("report.md"), "# x\n\n" + Report.NAV_MARK + "\nold\n\nafter\n");
        Files.writeString(tmp.resolve("report.html"), "<p>no title</p>");
        LessonPages.link(tmp, null, null);
        assertThat(Files.readString(tmp.resolve("report.md")))
                .isEqualTo("# x\n\n" + Report.NAV_MARK + "\n[↑ course index](../index.html)\n\nafter\n");
        assertThat(Files.readString(tmp.resolve("report.html"))).contains("<title>initlab report</title>");
    }
}
