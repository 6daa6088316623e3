package org.initlab.app;

import course.Course;
import org.initlab.cli.InitlabCommand;

/**
 * The {@code initlab} program, the jar's main class: the command line ({@link InitlabCommand}) over the course's
 * lessons ({@link Course#lessons}). It sits above both, so the command line need not know the lessons and the
 * lessons' own {@code main}s can use the command line.
 */
public final class Initlab {
    private Initlab() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(execute(args));
    }

    /** Runs {@code initlab args} and returns its exit status: 0 done, 1 failed, 2 bad usage. */
    public static int execute(String... args) {
        return InitlabCommand.execute(Course.lessons(), args);
    }
}
