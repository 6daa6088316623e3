package org.initlab.cli;

import java.util.concurrent.Callable;
import org.initlab.check.CheckPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Gradient-checks a student's activation, in a child JVM. */
@Command(name = "check-activation", mixinStandardHelpOptions = true,
        description = "Check your activation class: finite values (also |z| > 709), its "
        + "derivative against finite differences, its bulk loops. Runs your code in a separate JVM with a time limit. "
        + "Exit 0 only if every criterion passes.")
final class CheckActivationCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CLASSNAME", description = "your class (implements org.initlab.activation.Activation)")
    String className;

    @Option(names = "--as", paramLabel = "NAME", description = "the function it must be (swish, for assignment B); "
            + "without it, only the criteria every activation must meet")
    String as;

    @Mixin
    GraderOptions grader;

    @Override
    public Integer call() {
        if (as != null && !as.equals("swish")) {
            throw new IllegalArgumentException("--as: the grader knows the formula of 'swish' only, got '" + as + "'");
        }
        return grader.run(as == null ? CheckPlan.activation() : CheckPlan.swish(), className);
    }
}
