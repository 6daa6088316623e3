package org.initlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.initlab.check.CheckPlan;
import org.initlab.check.CheckReport;
import org.initlab.check.ResultFormats;
import org.initlab.check.Sandbox;
import picocli.CommandLine.Option;

/** The options every grader verb shares: output format, time limit per criterion, the student's class path. */
final class GraderOptions {
    @Option(names = "--format", defaultValue = "text", paramLabel = "F",
            description = "text, json (Gradescope's results.json) or junit (JUnit XML) (default: ${DEFAULT-VALUE})")
    String format;
    @Option(names = "--time-limit", defaultValue = "5", paramLabel = "SECONDS",
            description = "time each criterion may take before it fails as an endless loop (default: ${DEFAULT-VALUE})")
    double timeLimit;
    @Option(names = "--class-path", paramLabel = "PATH", split = ":",
            description = "folders or jars with your compiled classes (besides INITLAB_CLASSPATH)")
    List<Path> classPath = new ArrayList<>();

    /** Checks the options, grades {@code className} in a child JVM, prints the report; returns the exit status. */
    int run(CheckPlan plan, String className) {
        ResultFormats f = ResultFormats.byName(format);
        if (!(timeLimit > 0) || timeLimit > 3600) {
            throw new IllegalArgumentException("--time-limit must be between 0 and 3600 seconds, got " + timeLimit);
        }
        for (Path p : classPath) {
            if (!p.toFile().exists()) {
                throw new IllegalArgumentException("--class-path: " + p + " does not exist");
            }
        }
        CheckReport report = Sandbox.run(plan, className, classPath, timeLimit);
        System.out.print(f.write(report, ResultFormats.onePointEach(report)));
        System.out.flush();
        return report.exitStatus();
    }
}
