package org.initlab.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.initlab.check.Criterion;
import org.initlab.check.InitializerCheck;
import org.initlab.init.Initializer;
import org.initlab.init.Initializers;
import org.initlab.io.PluginClasses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Grades a student's initializer against the built-in one it claims to implement. */
@Command(name = "check-init", description = "Check your initializer class against a built-in one: mean, variance, "
        + "bounds, distribution shape, determinism, safety. Exit 0 only if every criterion passes.")
final class CheckInitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CLASSNAME", description = "your class (implements org.initlab.init.Initializer)")
    String className;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "the built-in scheme it implements, e.g. he-normal")
    String as;

    @Override
    public Integer call() {
        Initializer student = PluginClasses.instantiate(className, Initializer.class, "initializer");
        Initializer reference = Initializers.byName(as);
        System.out.println("Checking " + className + " against " + reference.name() + " (" + reference.describe() + ")");
        System.out.println("shapes fanIn×fanOut: 256×128, 100×300, 64×64; seeds 1, 2, 3");
        List<Criterion> results = InitializerCheck.check(student, reference);
        results.forEach(c -> System.out.println("  " + c));
        long passed = results.stream().filter(Criterion::passed).count();
        System.out.println(passed == results.size() ? "ALL " + passed + " CRITERIA PASSED"
                : (results.size() - passed) + " of " + results.size() + " criteria FAILED");
        return passed == results.size() ? 0 : 1;
    }
}
