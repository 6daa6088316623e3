package org.initlab.cli;

import course.Course;
import org.initlab.lesson.Lesson;
import picocli.CommandLine.Command;

/** Lists the lessons in course order. */
@Command(name = "lessons", description = "List the lessons.")
final class LessonsCommand implements Runnable {
    @Override
    public void run() {
        int i = 0;
        for (Lesson lesson : Course.lessons()) {
            System.out.printf("%2d  %-14s %s%n", i++, lesson.name(), lesson.title());
        }
        System.out.println("Run one with: ./initlab lesson NAME [--activation A --depth L --width N --init I --seed S]");
    }
}
