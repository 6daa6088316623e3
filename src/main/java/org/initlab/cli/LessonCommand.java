package org.initlab.cli;

import org.initlab.io.OutputRun;
import course.Course;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.initlab.lesson.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs one lesson, with the student's settings. */
@Command(name = "lesson", description = "Run one lesson (see 'initlab lessons').")
final class LessonCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "the lesson's name")
    String name;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: reports/NAME)")
    Path out;

    @Mixin
    LessonOptionsMixin lessonOptions;

    @Override
    public Integer call() {
        Lesson lesson = Course.byName(name);
        Path folder = out != null ? out : Path.of("reports", lesson.name());
        org.initlab.lesson.LessonOptions options = lessonOptions.toOptions(folder);
        try (OutputRun run = OutputRun.open(folder, "lesson " + lesson.name(), "report")) {
            LessonRunner.run(lesson, options, System.out);
            run.finish();
        }
        return 0;
    }
}
