package org.initlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import org.initlab.lesson.Lesson;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Runs one lesson, with the student's settings. */
@Command(name = "lesson", description = "Run one lesson (see 'initlab lessons').")
final class LessonCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "the lesson's name")
    String name;

    @Mixin
    LessonInvocation invocation;

    @ParentCommand
    InitlabCommand initlab;

    @Override
    public Integer call() {
        return invocation.run(Lesson.byName(initlab.course(), name));
    }
}
