package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.initlab.io.OutputFolder;
import org.initlab.lesson.Lesson;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.initlab.lesson.LessonSkipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code all} over a course of three stand-in lessons (no training): one that works, one that is skipped (its data
 * is missing), one that fails. Each is announced with its place, the others go on after a failure, the index lists
 * all three with their outcome, and the exit status says whether one failed.
 */
class AllCommandTest {
    /** A lesson that writes one chart-like file and its report, and concludes "works". */
    private static Lesson working(String name) {
        return lesson(name, (options, console) -> {
            Path png = OutputFolder.writeText(options.folder(), "accuracy.png", "not really a picture");
            OutputFolder.writeText(options.folder(), "report.md", "# " + name + "\n");
            OutputFolder.writeText(options.folder(), "report.html", "<p>" + name + "</p>");
            console.println("   " + name + " ran with seed " + options.seed());
            return new LessonResult(name, List.of("it works"), Map.of("answer", 42.0), List.of(png));
        });
    }

    private interface Body {
        LessonResult run(LessonOptions options, PrintStream console);
    }

    private static Lesson lesson(String name, Body body) {
        return new Lesson() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String title() {
                return "The " + name + " lesson";
            }

            @Override
            public LessonResult run(LessonOptions options, PrintStream console) {
                return body.run(options, console);
            }
        };
    }

    private static CliTestSupport.Run all(List<Lesson> course, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("all", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliTestSupport.run(course, args.toArray(String[]::new));
    }

    @Test
    void aFailedLessonIsReportedTheOthersStillRunAndTheStatusIsOne(@TempDir Path tmp) throws Exception {
        Lesson skipped = lesson("needsdata", (o, c) -> {
            throw new LessonSkipped("Fashion-MNIST is not installed");
        });
        Lesson broken = lesson("broken", (o, c) -> {
            throw new IllegalStateException("the lesson's own bug");
        });
        Path out = tmp.resolve("reports");
        CliTestSupport.Run r = all(List.of(working("first"), skipped, broken, working("last")), out, "--seed", "7");
        assertThat(r.status()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).contains("[1/4] == first: The first lesson", "   first ran with seed 7",
                "[2/4] == needsdata: The needsdata lesson",
                "   skipped: Fashion-MNIST is not installed; going on with the other lessons",
                "[3/4] == broken: The broken lesson", "   lesson broken failed: the lesson's own bug",
                "[4/4] == last: The last lesson", "   last ran with seed 7");
        assertThat(lines.get(lines.size() - 1)).matches("All 4 lessons done in \\d+\\.\\d s \\(1 failed\\); open "
                + Pattern.quote(out.resolve("index.html").toAbsolutePath().toString()));
        String index = Files.readString(out.resolve("index.md"));
        assertThat(index).contains("## 0. The first lesson\n\n**Verdict.** it works\n\n"
                        + "[![first: accuracy.png](first/accuracy.png)](first/report.html)\n\n"
                        + "[Open the lesson: first](first/report.html) · ran in ")
                .contains("## 1. The needsdata lesson\n\n*skipped: Fashion-MNIST is not installed*\n\n")
                .contains("## 2. The broken lesson\n\n**Failed:** the lesson's own bug\n\n")
                .contains("## 3. The last lesson\n\n**Verdict.** it works");
        assertThat(out.resolve("index.html")).isNotEmptyFile();
        assertThat(out.resolve("last/accuracy.png")).hasContent("not really a picture");
    }

    @Test
    void aCourseThatRunsThroughEndsWithStatusZeroAndNoFailureCount(@TempDir Path tmp) {
        CliTestSupport.Run r = all(List.of(working("only")), tmp.resolve("reports"));
        assertThat(r.status()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("[1/1] == only: The only lesson");
        assertThat(lines.get(lines.size() - 1)).startsWith("All 1 lessons done in ").doesNotContain("failed");
    }
}
