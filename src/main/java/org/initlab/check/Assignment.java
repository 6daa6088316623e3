package org.initlab.check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A course assignment the grader knows: the class the students hand in, the check it must pass and the points of each
 * criterion (the rubric in {@code lessons/assignments/NAME/rubric.md} lists the same points).
 *
 * @param name      the name on the command line ({@code grade DIR --assignment he-normal})
 * @param title     the assignment's title, as in lessons/TEACHING.md
 * @param className the class the handout asks for (default package)
 * @param plan      the check
 * @param points    the points of each criterion of the plan, in its order
 * @param library   the initlab package whose classes would be the answer ("org.initlab.init"), "" for none
 * @param allowed   the classes of that package a submission may use (the interface it implements)
 */
public record Assignment(String name, String title, String className, CheckPlan plan, List<Double> points,
                         String library, List<String> allowed) {
    /** Every assignment, in the order of lessons/TEACHING.md. */
    public static List<Assignment> all() {
        return List.of(
                new Assignment("he-normal", "A. He initialization from scratch", "HeNormalImpl",
                        CheckPlan.initializer("he-normal"), List.of(2.0, 1.0, 1.0, 1.0, 3.0, 0.0, 2.0),
                        "org.initlab.init", List.of("org.initlab.init.Initializer")),
                new Assignment("swish", "B. Which gain for your activation?", "Swish", CheckPlan.swish(),
                        List.of(2.0, 3.0, 1.0, 2.0, 2.0), "", List.of()),
                new Assignment("dead-units", "D. A diagnostic of your own: dead units", "DeadUnits",
                        CheckPlan.parse(StatisticCheck.SPEC), List.of(3.0, 2.0, 2.0, 1.0, 2.0),
                        "org.initlab.diagnostics", List.of("org.initlab.diagnostics.LayerStatistic")));
    }

    /**
     * The assignment named {@code name} (exact match, e.g. "he-normal" or "dead-units"); an unknown name throws
     * IllegalArgumentException listing the known ones.
     */
    public static Assignment byName(String name) {
        return all().stream().filter(a -> a.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown assignment '" + name + "'; known: "
                        + all().stream().map(Assignment::name).collect(Collectors.joining(", "))));
    }

    /** The points as an array, one per criterion. */
    public double[] pointArray() {
        return points.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The most points a submission can get. */
    public double maxPoints() {
        return points.stream().mapToDouble(Double::doubleValue).sum();
    }
}
