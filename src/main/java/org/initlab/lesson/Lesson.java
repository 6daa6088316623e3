package org.initlab.lesson;

import java.io.PrintStream;

/**
 * A runnable lesson: it sets up networks, runs them, measures, plots and concludes. Its main reads like its text
 * ({@code lessons/NAME/README.md}); {@link #run} returns the findings so a test can check the lesson's claim.
 */
public interface Lesson {
    /** The stable name used by {@code initlab lesson NAME} (also the lesson's folder under {@code lessons/}). */
    String name();

    /** A one-line title. */
    String title();

    /** Runs the lesson with these options, narrating on {@code console}; writes its files into the options' folder. */
    LessonResult run(LessonOptions options, PrintStream console);
}
