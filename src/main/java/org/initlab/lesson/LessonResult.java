package org.initlab.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a lesson found: its conclusions in plain words, named figures a test can check, the files it wrote, and the
 * one-line verdict that answers its question (shown at the top of its page and in the course index).
 */
public record LessonResult(String lesson, List<String> findings, Map<String, Double> figures, List<Path> files,
                           String verdict) {
    /** A result whose verdict is its last finding. */
    public LessonResult(String lesson, List<String> findings, Map<String, Double> figures, List<Path> files) {
        this(lesson, findings, figures, files, findings.isEmpty() ? "" : findings.get(findings.size() - 1));
    }

    /** A named figure, or an error naming the ones there are. */
    public double figure(String name) {
        Double v = figures.get(name);
        if (v == null) {
            throw new IllegalArgumentException(lesson + ": no figure '" + name + "'; there are " + figures.keySet());
        }
        return v;
    }
}
