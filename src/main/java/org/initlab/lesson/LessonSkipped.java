package org.initlab.lesson;

/** Thrown by a lesson that cannot run here (e.g. its data set is not installed); the message says how to fix it. */
public final class LessonSkipped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code message} says why, and what to install or pass to run the lesson. */
    public LessonSkipped(String message) {
        super(message);
    }
}
