package org.initlab.cli;

import java.util.concurrent.Callable;
import org.initlab.lesson.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * One lesson as a program of its own ({@code java -cp target/initlab.jar he.He --depth 20}): the options of
 * {@code initlab lesson NAME}, without the name.
 */
@Command(mixinStandardHelpOptions = true,
        description = "Run this lesson; the options are those of 'initlab lesson NAME'.")
final class OneLessonCommand implements Callable<Integer> {
    private final Lesson lesson;

    @Mixin
    LessonInvocation invocation;

    OneLessonCommand(Lesson lesson) {
        this.lesson = lesson;
    }

    @Override
    public Integer call() {
        return invocation.run(lesson);
    }
}
