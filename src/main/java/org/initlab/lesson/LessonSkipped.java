package org.initlab.lesson;

/** Thrown by a lesson that cannot run here (e.g. its data set is not installed); the message says how to fix it. */
public final class LessonSkipped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LessonSkipped(String message) {
        super(message);
    }
}
