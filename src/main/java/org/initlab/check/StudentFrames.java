package org.initlab.check;

import java.util.Arrays;
import java.util.Map;

/**
 * Finds the student's line in a stack trace: the topmost frame that belongs neither to the JDK nor to initlab, so that
 * a failure says "ArithmeticException: / by zero at MyInit.fill(MyInit.java:12)" and never blames the grader.
 */
public final class StudentFrames {
    private static final String[] LIBRARY = {"java.", "javax.", "jdk.", "sun.", "com.sun.", "org.initlab."};

    private StudentFrames() {
    }

    /** Whether a frame of this class is the student's (not the JDK's nor initlab's). */
    static boolean isStudent(String className) {
        for (String p : LIBRARY) {
            if (className.startsWith(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Class.method(File.java:line)" of the topmost frame of the student's class {@code student} (or a class nested in
     * it), else of the topmost frame outside the JDK and initlab, looking only above the grader's {@link Step}; "" when
     * the trace holds neither.
     */
    public static String where(StackTraceElement[] trace, String student) {
        int end = 0;
        while (end < trace.length && !trace[end].getClassName().equals(Step.class.getName())) {
            end++; // frames below the grader's Step are whoever called the grader, never the student's code
        }
        for (int i = 0; i < end; i++) {
            String c = trace[i].getClassName();
            if (student != null && (c.equals(student) || c.startsWith(student + "$"))) {
                return format(trace[i]);
            }
        }
        for (int i = 0; i < end; i++) {
            if (isStudent(trace[i].getClassName())) {
                return format(trace[i]);
            }
        }
        return "";
    }

    private static String format(StackTraceElement f) {
        return f.getClassName() + "." + f.getMethodName() + "(" + (f.getFileName() == null ? "unknown source"
                : f.getFileName() + (f.getLineNumber() > 0 ? ":" + f.getLineNumber() : "")) + ")";
    }

    /**
     * "ExceptionType: message at Student.method(File.java:line)" (the cause's, when wrapped in another exception);
     * {@code student} is the student's class name (null: any frame outside the JDK and initlab).
     */
    public static String describe(Throwable e, String student) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && where(t.getStackTrace(), student).isEmpty()) {
            t = t.getCause();
        }
        String where = where(t.getStackTrace(), student);
        String message = t.getMessage() == null ? "" : ": " + t.getMessage();
        return t.getClass().getSimpleName() + message + (where.isEmpty() ? "" : " at " + where);
    }

    /** The likely mistake behind a student's exception, or "" when none fits. */
    public static String hint(Throwable e) {
        if (e instanceof ArrayIndexOutOfBoundsException) {
            return "an index past the end of an array: the weights array has exactly fanIn·fanOut entries (indices "
                    + "0 to fanIn·fanOut − 1), a bulk loop covers from ≤ i < to; loop with <, not <=";
        }
        if (e instanceof ArithmeticException && String.valueOf(e.getMessage()).contains("by zero")) {
            return "an integer division by zero: divide doubles (2.0 / fanIn), not ints";
        }
        if (e instanceof StackOverflowError) {
            return "a method that calls itself without end (did apply call apply, or derivative call itself?)";
        }
        if (e instanceof OutOfMemoryError) {
            return "the code allocates far more memory than the matrix needs (an array per entry, or a growing list?)";
        }
        if (e instanceof NullPointerException) {
            return "a field or array that was never created: initialize it in the constructor or where it is declared";
        }
        return "";
    }

    /**
     * Where {@code System.exit}/{@code Runtime.exit} was called, read from the exiting thread's stack while the JVM
     * runs its shutdown hooks ("" when no thread is exiting, e.g. the last thread ended).
     */
    static String exitCaller(String student) {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] trace = e.getValue();
            for (int i = 0; i < trace.length; i++) {
                if (trace[i].getClassName().equals("java.lang.Shutdown") && trace[i].getMethodName().equals("exit")) {
                    StackTraceElement[] rest = Arrays.copyOfRange(trace, i, trace.length);
                    String where = where(rest, student);
                    return where.isEmpty() ? "System.exit" : "System.exit at " + where;
                }
            }
        }
        return "";
    }
}
