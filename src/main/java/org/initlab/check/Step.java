package org.initlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One criterion of a check: its name and the test it runs on the student's object. A step that throws fails its own
 * criterion only, with the exception traced to the student's line (see {@link StudentFrames}).
 */
public record Step<T>(String name, Function<T, Outcome> test) {
    /** Runs this step; an exception or error thrown by the student's code becomes a failure naming its line. */
    public Criterion run(T student) {
        Outcome o;
        try {
            o = test.apply(student);
        } catch (Throwable e) { // student code: anything it throws is a finding, not a crash of the grader
            String name = student.getClass().getName();
            boolean theirs = e instanceof VirtualMachineError || !StudentFrames.where(e.getStackTrace(), name).isEmpty()
                    || e.getCause() != null && !StudentFrames.where(e.getCause().getStackTrace(), name).isEmpty();
            o = theirs ? Outcome.fail("threw " + StudentFrames.describe(e, name), StudentFrames.hint(e))
                    : Outcome.fail("the check itself failed, not your code: " + e + " (please report it to the "
                    + "course staff)", "");
        }
        return new Criterion(name, o.passed() ? Criterion.Status.PASSED : Criterion.Status.FAILED, o.detail(),
                o.hint());
    }

    /** Every step's criterion, in order; none is skipped because an earlier one failed. */
    public static <T> List<Criterion> runAll(List<Step<T>> steps, T student) {
        List<Criterion> out = new ArrayList<>();
        for (Step<T> s : steps) {
            out.add(s.run(student));
        }
        return out;
    }
}
