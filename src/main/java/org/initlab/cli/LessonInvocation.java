package org.initlab.cli;

import java.nio.file.Path;
import org.initlab.io.OutputRun;
import org.initlab.lesson.Lesson;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of one lesson run, shared by {@code initlab lesson NAME} and every lesson's own {@code main}, so the
 * two take exactly the same options: the output folder, the lesson settings and the backend.
 */
final class LessonInvocation {
    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: reports/NAME)")
    Path out;

    @Mixin
    LessonOptionsMixin lessonOptions;

    @Mixin
    BackendOptions backend;

    /** Runs {@code lesson} with these options; returns the exit status (0: done). */
    int run(Lesson lesson) {
        backend.apply();
        Path folder = out != null ? out : Path.of("reports", lesson.name());
        org.initlab.lesson.LessonOptions options = lessonOptions.toOptions(folder);
        try (OutputRun run = OutputRun.open(folder, "lesson " + lesson.name(), "report")) {
            LessonRunner.run(lesson, options, System.out);
            run.finish();
        }
        return 0;
    }
}
