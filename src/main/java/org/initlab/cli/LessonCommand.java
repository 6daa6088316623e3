package org.initlab.cli;

import course.Course;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Runs one lesson, with the student's settings. */
@Command(name = "lesson", description = "Run one lesson (see 'initlab lessons').")
final class LessonCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "the lesson's name")
    String name;

    @Mixin
    LessonInvocation invocation;

    @Override
    public Integer call() {
        return invocation.run(Course.byName(name));
    }
}
