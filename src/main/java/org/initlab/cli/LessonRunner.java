package org.initlab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.initlab.io.OutputFolder;
import org.initlab.lesson.Lesson;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;

/** Runs one lesson with a header and timing on the console. */
final class LessonRunner {
    private LessonRunner() {
    }

    static LessonResult run(Lesson lesson, LessonOptions options, PrintStream console) {
        Path folder = OutputFolder.prepare(options.folder());
        console.println("== " + lesson.name() + ": " + lesson.title());
        long start = System.nanoTime();
        LessonResult result = lesson.run(options, console);
        console.printf(Locale.ROOT, "   done in %.1f s; files in %s%n%n", (System.nanoTime() - start) / 1e9, folder);
        return result;
    }
}
