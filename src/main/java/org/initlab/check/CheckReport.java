package org.initlab.check;

import java.util.List;

/**
 * The outcome of grading one class: every criterion of the plan (passed, failed or not run, each with its reason) and
 * what the student's code printed while it ran.
 *
 * @param className       the student's class
 * @param plan            what was checked
 * @param criteria        one per criterion of the plan, in its order
 * @param programOutput   what the student's code printed (the start of it), "" when nothing
 * @param secondsPerCriterion the time limit of each criterion
 */
public record CheckReport(String className, CheckPlan plan, List<Criterion> criteria, String programOutput,
                          double secondsPerCriterion) {
    /** How many criteria passed. */
    public long passedCount() {
        return criteria.stream().filter(Criterion::passed).count();
    }

    /** True when every criterion has status PASSED: none failed and none was left NOT_RUN. */
    public boolean allPassed() {
        return passedCount() == criteria.size();
    }

    /** The exit status a grader verb returns: 0 when every criterion passed, 1 otherwise. */
    public int exitStatus() {
        return allPassed() ? 0 : 1;
    }
}
