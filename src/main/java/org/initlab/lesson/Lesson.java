package org.initlab.lesson;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.initlab.names.DidYouMean;

/**
 * A runnable lesson: it sets up networks, runs them, measures, plots and concludes. Its {@link #run} reads like
 * its text ({@code lessons/NAME/README.md}) and returns the findings so a test can check the lesson's claim; its
 * class's {@code main} is one line, {@code LessonMain.run(new He(), args)} (in {@code org.initlab.cli}), so
 * {@code java -cp target/initlab.jar
 * he.He [options]} and an IDE's "Run" take the options of {@code initlab lesson he}.
 */
public interface Lesson {
    /** The stable name used by {@code initlab lesson NAME} (also the lesson's folder under {@code lessons/}). */
    String name();

    /** A one-line title. */
    String title();

    /** The lesson called {@code name} (any case) in {@code lessons}, or an error naming the closest and listing all. */
    static Lesson byName(List<Lesson> lessons, String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Lesson l : lessons) {
            if (l.name().equals(wanted)) {
                return l;
            }
        }
        List<String> names = lessons.stream().map(Lesson::name).toList();
        throw new IllegalArgumentException("unknown lesson '" + name + "'" + DidYouMean.hint(name, names)
                + "; lessons: " + String.join(", ", names));
    }

    /** Runs the lesson with these options, narrating on {@code console}; writes its files into the options' folder. */
    LessonResult run(LessonOptions options, PrintStream console);
}
