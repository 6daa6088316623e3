package org.initlab.cli;

import java.nio.file.Path;
import org.initlab.io.OutputRun;
import org.initlab.lesson.Lesson;
import org.initlab.lesson.LessonOptions;
import picocli.CommandLine.Mixin;

/**
 * The options of one lesson run, shared by {@code initlab lesson NAME} and every lesson's own {@code main}, so the
 * two take exactly the same options: the output folder, the lesson settings and the backend.
 */
final class LessonInvocation {
    @Mixin
    OutOption out = new OutOption().optional("reports/NAME");

    @Mixin
    LessonOptionsMixin lessonOptions;

    @Mixin
    BackendOptions backend;

    /** Runs {@code lesson} with these options; returns the exit status (0: done). */
    int run(Lesson lesson) {
        backend.apply();
        Path folder = out.value != null ? out.value : Path.of("reports", lesson.name());
        LessonOptions options = lessonOptions.toOptions(folder);
        try (OutputRun run = OutputRun.open(folder, "lesson " + lesson.name(), "report")) {
            LessonRunner.run(lesson, options, System.out);
            run.finish();
        }
        return 0;
    }
}
