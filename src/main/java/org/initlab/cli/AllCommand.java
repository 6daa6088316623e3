package org.initlab.cli;

import course.Course;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.initlab.lesson.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The main job: every lesson with its defaults, each into its own folder under the output folder. */
@Command(name = "all", description = "Run every lesson with its defaults on the built-in data.")
final class AllCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Mixin
    LessonOptionsMixin lessonOptions;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        for (Lesson lesson : Course.lessons()) {
            LessonRunner.run(lesson, lessonOptions.toOptions(out.resolve(lesson.name())), System.out);
        }
        System.out.printf("All %d lesson(s) done in %.1f s; everything is in %s%n", Course.lessons().size(),
                (System.nanoTime() - start) / 1e9, out.toAbsolutePath());
        return 0;
    }
}
