package org.initlab.cli;

import java.util.concurrent.Callable;
import org.initlab.check.CheckPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Grades a student's initializer against the built-in one it claims to implement, in a child JVM. */
@Command(name = "check-init", mixinStandardHelpOptions = true,
        description = "Check your initializer class against a built-in one: finite values, "
        + "determinism, distinct rows and columns, mean, variance, bounds, distribution shape. "
        + "Runs your code in a separate JVM with a time limit. Exit 0 only if every criterion passes.")
final class CheckInitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CLASSNAME", description = "your class (implements org.initlab.init.Initializer)")
    String className;

    @Option(names = "--as", required = true, paramLabel = "NAME",
            description = "the built-in scheme it implements, e.g. he-normal")
    String as;

    @Mixin
    GraderOptions grader;

    @Override
    public Integer call() {
        return grader.run(CheckPlan.initializer(as), className);
    }
}
