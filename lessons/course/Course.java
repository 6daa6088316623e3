package course;

import comparison.Comparison;
import constantinit.ConstantInit;
import distributions.Distributions;
import edgeofchaos.EdgeOfChaos;
import firstrun.FirstRun;
import he.He;
import isometry.DynamicalIsometry;
import java.util.List;
import largeinit.LargeInit;
import org.initlab.lesson.Lesson;
import outputlayer.OutputLayer;
import realimages.RealImages;
import remedies.Remedies;
import smallinit.SmallInit;
import xavier.Xavier;
import zeroinit.ZeroInit;

/**
 * The one place a lesson is registered: the lessons in course order. {@code initlab lessons}, {@code initlab lesson
 * NAME}, {@code initlab all} and the course index take the lessons and their order from here; the table in
 * {@code lessons/README.md} is checked against it ({@code CourseRegistrationTest}). To add a lesson, follow
 * "Adding a lesson" in {@code lessons/README.md}.
 */
public final class Course {
    private Course() {
    }

    /** Every lesson, in the order a student takes them (lesson 0 first). */
    public static List<Lesson> lessons() {
        return List.of(
                new FirstRun(),
                new Distributions(),
                new ZeroInit(),
                new ConstantInit(),
                new SmallInit(),
                new LargeInit(),
                new Xavier(),
                new He(),
                new Comparison(),
                new RealImages(),
                new EdgeOfChaos(),
                new DynamicalIsometry(),
                new Remedies(),
                new OutputLayer());
    }

    /** The lesson of this name, or an error naming the closest and listing them. */
    public static Lesson byName(String name) {
        return Lesson.byName(lessons(), name);
    }
}
