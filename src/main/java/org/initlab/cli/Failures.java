package org.initlab.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.security.CodeSource;
import java.util.List;
import org.initlab.io.MemoryBudget;
import org.initlab.lesson.LessonSkipped;

/**
 * What a failed run prints: bad input one line; a bug in the student's own class (an initializer or activation
 * loaded from {@code INITLAB_CLASSPATH}) one line naming that class, method and line; anything else an internal
 * error to report. The stack trace only with {@code INITLAB_DEBUG=1}.
 */
final class Failures {
    /** Packages of libraries initlab runs on: their frames are never the student's code. */
    private static final List<String> LIBRARIES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "picocli.",
            "org.ejml.", "org.knowm.", "de.erichseifert.", "org.bytedeco.", "org.junit.", "org.apache.",
            "org.initlab.");

    private Failures() {
    }

    /** Prints the failure to {@code err} as {@code initlab: ...} and returns the exit status (1). */
    static int report(Throwable e, PrintWriter err) {
        return report(e, err, "initlab");
    }

    /**
     * Prints the failure to {@code err}, each line headed by {@code program} ("initlab", or "he.He" for a lesson's
     * main).
     */
    static int report(Throwable e, PrintWriter err, String program) {
        if (e instanceof OutOfMemoryError) {
            err.println(program + ": " + MemoryBudget.outOfMemoryMessage());
        } else if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException
                || e instanceof LessonSkipped) {
            err.println(program + ": " + e.getMessage());
        } else {
            StackTraceElement own = studentFrame(e);
            if (own != null) {
                err.println(program + ": your class " + own.getClassName() + " threw " + e + " in "
                        + own.getMethodName() + " (" + own.getFileName() + ":" + own.getLineNumber()
                        + "); this is a bug in that class, not in initlab");
            } else {
                err.println(program + ": internal error: " + e);
            }
            if (debug()) {
                e.printStackTrace(err);
            } else {
                err.println(own != null ? "(set INITLAB_DEBUG=1 to see the stack trace)"
                        : "(set INITLAB_DEBUG=1 to see the stack trace, and please report it)");
            }
        }
        err.flush();
        return 1;
    }

    private static boolean debug() {
        String value = System.getenv("INITLAB_DEBUG");
        return value != null && !value.isEmpty() && !value.equals("0");
    }

    /**
     * The innermost frame outside the JDK and the libraries, if it belongs to a class that did not come from where
     * initlab's own classes came from (the student's folder or jar); null when the failure is initlab's own.
     */
    static StackTraceElement studentFrame(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String name = frame.getClassName();
            if (LIBRARIES.stream().anyMatch(name::startsWith)) {
                continue;
            }
            return isInitlabsOwn(name) ? null : frame;
        }
        return null;
    }

    private static boolean isInitlabsOwn(String className) {
        try {
            Class<?> cls = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            CodeSource theirs = cls.getProtectionDomain().getCodeSource();
            CodeSource ours = Failures.class.getProtectionDomain().getCodeSource();
            return theirs == null || ours == null || theirs.getLocation().equals(ours.getLocation());
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            return true;
        }
    }
}
