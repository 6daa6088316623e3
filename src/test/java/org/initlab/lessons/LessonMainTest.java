package org.initlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import course.Course;
import firstrun.FirstRun;
import he.He;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.initlab.lesson.Lesson;
import org.initlab.cli.LessonMain;
import org.initlab.fast.ArithmeticRestored;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every lesson's main takes the options of 'initlab lesson NAME', fails in one line and returns the CLI's statuses. */
@ExtendWith(ArithmeticRestored.class)
class LessonMainTest {

    record Run(int status, String out, String err) {
    }

    static synchronized Run main(Lesson lesson, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = LessonMain.status(lesson, args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void aLessonMainRunsTheLessonWithTheLessonVerbsOptions(@TempDir Path dir) throws IOException {
        Run run = main(new FirstRun(), "--quick", "--seed", "3", "--epochs", "2", "--backend", "java", "--out",
                dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("== firstrun").contains("seed");
        assertThat(Files.exists(dir.resolve("report.html"))).isTrue();
        assertThat(Files.readString(dir.resolve("report.md"))).contains("arithmetic").contains("EJML (pure Java)");
    }

    @Test
    void everyLessonOfTheCourseHasAPublicStaticMain() throws NoSuchMethodException {
        for (Lesson lesson : Course.lessons()) {
            Method main = lesson.getClass().getMethod("main", String[].class);
            assertThat(Modifier.isStatic(main.getModifiers())).as(lesson.name()).isTrue();
        }
        assertThat(Course.lessons()).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void anUnknownOptionIsBadUsageInOneLineNamingTheLessonClass() {
        Run run = main(new He(), "--dpth", "20");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("he.He: unknown option '--dpth' (did you mean '--depth'?)")
                .contains("Try 'he.He --help'")
                .doesNotContain("at org.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBadValueFailsWithStatusOneAndNoStackTrace(@TempDir Path dir) {
        Run run = main(new He(), "--depth", "0", "--out", dir.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("he.He: --depth must be at least 1, got 0");
    }

    @Test
    void helpListsTheSameOptionsAsTheLessonVerb() {
        Run run = main(new He(), "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: he.He").contains("--depth").contains("--seed").contains("--quick")
                .contains("--out").contains("--backend").contains("--reproducible");
    }
}
