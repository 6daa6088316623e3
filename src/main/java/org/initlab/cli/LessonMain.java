package org.initlab.cli;

import org.initlab.lesson.Lesson;
import picocli.CommandLine;

/**
 * Every lesson's {@code main}: {@code java -cp target/initlab.jar he.He --depth 20} (or "Run" in an IDE) takes
 * exactly the options of {@code initlab lesson he} — the command line's own definition is used, so there is one
 * list of options — prints one clear line on bad input and exits with the same status: 0 done, 1 failed, 2 bad
 * usage. It lives in the command line's package, which knows no lesson by name, so that the lessons can use it while
 * {@code course.Course} lists them.
 */
public final class LessonMain {
    private LessonMain() {
    }

    /** Runs {@code lesson} with the command-line {@code args} and exits the JVM with its status. */
    public static void run(Lesson lesson, String[] args) {
        System.exit(status(lesson, args));
    }

    /** Runs {@code lesson} with {@code args} and returns the exit status instead of exiting (for tests). */
    public static int status(Lesson lesson, String... args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cli = new CommandLine(new OneLessonCommand(lesson)).setCommandName(lesson.getClass().getName());
        return InitlabCommand.run(cli, args);
    }
}
