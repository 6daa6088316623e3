package org.initlab.lesson;

/** Thrown by a lesson that cannot run here (e.g. its data set is not installed); the message says how to fix it. */
public final class LessonSkipped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates it with the given settings (see the class comment for their meaning and defaults). */
    public LessonSkipped(String message) {
        super(message);
    }
}
