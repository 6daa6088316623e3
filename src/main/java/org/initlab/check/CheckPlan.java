package org.initlab.check;

import java.util.ArrayList;
import java.util.List;
import org.initlab.activation.Activation;
import org.initlab.init.Initializer;
import org.initlab.init.Initializers;

/**
 * What a grader checks: the interface the student's class implements and the ordered criteria. A plan is named by a
 * short spec ({@code initializer:he-normal}, {@code activation}, {@code statistic:dead-units}) so that a child JVM can
 * rebuild it from its command line.
 *
 * @param spec     the plan's name, as passed to the child JVM
 * @param title    what is checked against what, for the report's first line
 * @param type     the interface the student's class must implement
 * @param what     the kind of class, in words ("initializer")
 * @param criteria the criteria's names, in the order they run
 */
public record CheckPlan(String spec, String title, Class<?> type, String what, List<String> criteria) {
    /** A student's initializer against the built-in one named {@code reference} (e.g. he-normal). */
    public static CheckPlan initializer(String reference) {
        Initializer r = Initializers.byName(reference);
        return new CheckPlan("initializer:" + reference, "against " + r.name() + " (" + r.describe() + ")",
                Initializer.class, "initializer", InitializerCheck.CRITERIA);
    }

    /** A student's activation: finite values, derivative, bulk loops. */
    public static CheckPlan activation() {
        return new CheckPlan("activation", "as an activation", Activation.class, "activation",
                ActivationCheck.CRITERIA);
    }

    /** Assignment B's plan: the activation criteria, and φ must be swish. */
    public static CheckPlan swish() {
        List<String> criteria = new ArrayList<>(ActivationCheck.CRITERIA);
        criteria.add(ActivationCheck.MATCHES_SWISH);
        return new CheckPlan("activation:swish", "as the swish activation", Activation.class, "activation",
                List.copyOf(criteria));
    }

    /**
     * The plan a spec names: "activation", "activation:swish", "initializer:NAME" (compared with
     * {@code Initializers.byName(NAME)}) or {@link StatisticCheck#SPEC}; anything else throws
     * IllegalArgumentException listing these.
     */
    public static CheckPlan parse(String spec) {
        if (spec.equals("activation")) {
            return activation();
        }
        if (spec.equals("activation:swish")) {
            return swish();
        }
        if (spec.startsWith("initializer:")) {
            return initializer(spec.substring("initializer:".length()));
        }
        if (spec.equals(StatisticCheck.SPEC)) {
            return StatisticCheck.plan();
        }
        throw new IllegalArgumentException("unknown check '" + spec
                + "'; known: initializer:NAME, activation, activation:swish, " + StatisticCheck.SPEC);
    }

    /** The criteria as steps over the student's object (which must be of {@link #type}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Step<Object>> steps() {
        if (spec.equals("activation")) {
            return (List) ActivationCheck.steps();
        }
        if (spec.equals("activation:swish")) {
            List<Step<Activation>> steps = new ArrayList<>(ActivationCheck.steps());
            steps.add(ActivationCheck.matchesSwish());
            return (List) steps;
        }
        if (spec.startsWith("initializer:")) {
            return (List) InitializerCheck.steps(Initializers.byName(spec.substring("initializer:".length())));
        }
        return (List) StatisticCheck.steps();
    }
}
