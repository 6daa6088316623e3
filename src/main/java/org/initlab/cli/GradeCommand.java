package org.initlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.initlab.check.Assignment;
import org.initlab.check.Gradebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Grades a whole class: one folder per student, each compiled and checked on its own. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grade a folder of submissions (one sub-folder of .java files per student): "
        + "compile each on its own, check it in its own JVM, write grades.csv and per student feedback.md and "
        + "results.json into --out. A submission that does not compile gets 0 points, never a stop.")
final class GradeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SUBMISSIONS_DIR", description = "one sub-folder per student")
    Path submissions;
    @Option(names = "--assignment", required = true, paramLabel = "NAME",
            description = "he-normal, swish or dead-units")
    String assignment;
    @Mixin
    OutOption outOption = new OutOption().required();
    @Option(names = "--time-limit", defaultValue = "5", paramLabel = "SECONDS",
            description = "time each criterion may take (default: ${DEFAULT-VALUE})")
    double timeLimit;

    @Override
    public Integer call() {
        Path out = outOption.value;
        Assignment a = Assignment.byName(assignment);
        if (!Files.isDirectory(submissions)) {
            throw new IllegalArgumentException("SUBMISSIONS_DIR " + submissions + " is not a folder");
        }
        if (!(timeLimit > 0) || timeLimit > 3600) {
            throw new IllegalArgumentException("--time-limit must be between 0 and 3600 seconds, got " + timeLimit);
        }
        if (out.toAbsolutePath().normalize().startsWith(submissions.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--out " + out + " is inside SUBMISSIONS_DIR: it would be graded as a "
                    + "student; choose a folder outside it");
        }
        System.out.println("grading " + submissions + " for " + a.title() + " (class " + a.className() + ", "
                + a.plan().criteria().size() + " criteria, " + (long) a.maxPoints() + " points)");
        List<Gradebook.Grade> grades = Gradebook.grade(submissions, a, out, timeLimit, System.out::println);
        System.out.println("wrote " + out.resolve("grades.csv") + " and feedback.md for " + grades.size()
                + " students");
        return 0;
    }
}
