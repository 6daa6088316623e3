package org.initlab.cli;

import java.util.Locale;
import org.initlab.lesson.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Lists the lessons in course order. */
@Command(name = "lessons", description = "List the lessons.")
final class LessonsCommand implements Runnable {
    @ParentCommand
    InitlabCommand initlab;

    @Override
    public void run() {
        int i = 0;
        for (Lesson lesson : initlab.course()) {
            System.out.printf(Locale.ROOT, "%2d  %-14s %s%n", i++, lesson.name(), lesson.title());
        }
        System.out.println("Run one with: ./initlab lesson NAME [--activation A --depth L --width "
                + "N --init I --seed S]");
    }
}
