package org.initlab.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a lesson found: its conclusions in plain words, named figures a test can check, and the files it wrote.
 */
public record LessonResult(String lesson, List<String> findings, Map<String, Double> figures, List<Path> files) {
    /** A named figure, or an error naming the ones there are. */
    public double figure(String name) {
        Double v = figures.get(name);
        if (v == null) {
            throw new IllegalArgumentException(lesson + ": no figure '" + name + "'; there are " + figures.keySet());
        }
        return v;
    }
}
