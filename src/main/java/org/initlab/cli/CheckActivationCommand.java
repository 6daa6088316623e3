package org.initlab.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.initlab.activation.Activation;
import org.initlab.check.ActivationCheck;
import org.initlab.check.Criterion;
import org.initlab.io.PluginClasses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Gradient-checks a student's activation. */
@Command(name = "check-activation", description = "Check your activation class: its derivative against finite "
        + "differences, its bulk loops, finite values. Exit 0 only if every criterion passes.")
final class CheckActivationCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CLASSNAME", description = "your class (implements org.initlab.activation.Activation)")
    String className;

    @Override
    public Integer call() {
        Activation phi = PluginClasses.instantiate(className, Activation.class, "activation");
        System.out.println("Checking activation " + className + " (name '" + phi.name() + "', gain " + phi.gain() + ")");
        List<Criterion> results = ActivationCheck.check(phi);
        results.forEach(c -> System.out.println("  " + c));
        long passed = results.stream().filter(Criterion::passed).count();
        System.out.println(passed == results.size() ? "ALL " + passed + " CRITERIA PASSED"
                : (results.size() - passed) + " of " + results.size() + " criteria FAILED");
        return passed == results.size() ? 0 : 1;
    }
}
