package org.initlab.cli;

import java.util.concurrent.Callable;
import org.initlab.check.CheckPlan;
import org.initlab.check.StatisticCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Checks a student's dead-unit statistic (assignment D), in a child JVM. */
@Command(name = "check-statistic", mixinStandardHelpOptions = true,
        description = "Check your dead-unit statistic class (assignment D): hand-made "
        + "layers, units as columns, the input left alone, a large layer. Runs your code in a separate JVM with a time "
        + "limit. Exit 0 only if every criterion passes.")
final class CheckStatisticCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CLASSNAME",
            description = "your class (implements org.initlab.diagnostics.LayerStatistic)")
    String className;

    @Mixin
    GraderOptions grader;

    @Override
    public Integer call() {
        return grader.run(CheckPlan.parse(StatisticCheck.SPEC), className);
    }
}
