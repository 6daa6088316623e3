package org.initlab.lesson;

import java.io.PrintStream;

/**
 * A runnable lesson: it sets up networks, runs them, measures, plots and concludes. Its {@link #run} reads like
 * its text ({@code lessons/NAME/README.md}) and returns the findings so a test can check the lesson's claim; its
 * class's {@code main} is one line, {@code LessonMain.run(new He(), args)}, so {@code java -cp target/initlab.jar
 * he.He [options]} and an IDE's "Run" take the options of {@code initlab lesson he}.
 */
public interface Lesson {
    /** The stable name used by {@code initlab lesson NAME} (also the lesson's folder under {@code lessons/}). */
    String name();

    /** A one-line title. */
    String title();

    /** Runs the lesson with these options, narrating on {@code console}; writes its files into the options' folder. */
    LessonResult run(LessonOptions options, PrintStream console);
}
