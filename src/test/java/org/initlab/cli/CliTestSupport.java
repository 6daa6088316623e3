package org.initlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntSupplier;
import org.initlab.app.Initlab;
import org.initlab.lesson.Lesson;

/** Runs the command line in-process and captures what it prints. */
public final class CliTestSupport {
    /** Exit status and what went to standard output and standard error. */
    public record Run(int status, String out, String err) {
    }

    private CliTestSupport() {
    }

    public static Run run(String... args) {
        return capture(() -> Initlab.execute(args));
    }

    /** The command line over a course of one's own (e.g. stand-in lessons), as {@link #run(String...)}. */
    public static Run run(List<Lesson> course, String... args) {
        return capture(() -> InitlabCommand.execute(course, args));
    }

    private static synchronized Run capture(IntSupplier command) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = command.getAsInt();
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
