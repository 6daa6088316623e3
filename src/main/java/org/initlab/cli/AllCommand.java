package org.initlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.initlab.io.OutputRun;
import org.initlab.lesson.Lesson;
import org.initlab.lesson.CourseIndex;
import org.initlab.lesson.LessonResult;
import org.initlab.lesson.LessonSkipped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * The main job: every lesson with its defaults, each into its own folder under the output folder, and a course
 * index linking them. A lesson that fails is reported and the others still run.
 */
@Command(name = "all",
        description = "Run every lesson with its defaults on the built-in data; write reports/index.html.")
final class AllCommand implements Callable<Integer> {
    @ParentCommand
    InitlabCommand initlab;

    @Mixin
    BackendOptions backendOptions;

    @Mixin
    OutOption outOption = new OutOption().defaultValue("reports");

    @Mixin
    LessonOptionsMixin lessonOptions;

    @Override
    public Integer call() {
        Path out = outOption.value;
        backendOptions.apply();
        lessonOptions.toOptions(out);
        try (OutputRun run = OutputRun.open(out, "all", "index")) {
            int status = runAll(out);
            run.finish();
            return status;
        }
    }

    private int runAll(Path out) {
        long start = System.nanoTime();
        List<CourseIndex.Entry> entries = new ArrayList<>();
        int failed = 0;
        List<Lesson> lessons = initlab.course();
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = lessons.get(i);
            System.out.printf(Locale.ROOT, "[%d/%d] ", i + 1, lessons.size());
            long t0 = System.nanoTime();
            try {
                LessonResult result = LessonRunner.run(lesson, lessonOptions.toOptions(out.resolve(lesson.name())),
                        System.out);
                entries.add(new CourseIndex.Entry(lesson.name(), lesson.title(), lesson.name(), result,
                        (System.nanoTime() - t0) / 1e9, null));
            } catch (LessonSkipped e) {
                System.out.println("   skipped: " + e.getMessage() + "; going on with the other lessons");
                entries.add(new CourseIndex.Entry(lesson.name(), lesson.title(), lesson.name(), null,
                        (System.nanoTime() - t0) / 1e9, "skipped: " + e.getMessage()));
            } catch (RuntimeException e) {
                failed++;
                System.out.println("   lesson " + lesson.name() + " failed: " + e.getMessage());
                entries.add(new CourseIndex.Entry(lesson.name(), lesson.title(), lesson.name(), null,
                        (System.nanoTime() - t0) / 1e9, String.valueOf(e.getMessage())));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Path index = CourseIndex.write(out, entries, seconds);
        System.out.printf(Locale.ROOT, "All %d lessons done in %.1f s%s; open %s%n", lessons.size(), seconds,
                failed > 0 ? " (" + failed + " failed)" : "", index.toAbsolutePath());
        return failed > 0 ? 1 : 0;
    }
}
