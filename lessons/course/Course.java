package course;

import java.util.List;
import firstrun.FirstRun;
import distributions.Distributions;
import zeroinit.ZeroInit;
import constantinit.ConstantInit;
import smallinit.SmallInit;
import largeinit.LargeInit;
import xavier.Xavier;
import he.He;
import comparison.Comparison;
import realimages.RealImages;
import edgeofchaos.EdgeOfChaos;
import isometry.DynamicalIsometry;
import remedies.Remedies;
import outputlayer.OutputLayer;
import org.initlab.lesson.Lesson;

/** The lessons in course order (see {@code lessons/README.md}). */
public final class Course {
    private Course() {
    }

    public static List<Lesson> lessons() {
        return List.of(new FirstRun(), new Distributions(), new ZeroInit(), new ConstantInit(), new SmallInit(), new LargeInit(), new Xavier(), new He(), new Comparison(), new RealImages(),
                new EdgeOfChaos(), new DynamicalIsometry(), new Remedies(),
                new OutputLayer());
    }

    /** The lesson of this name, or an error naming the closest and listing them. */
    public static Lesson byName(String name) {
        return Lesson.byName(lessons(), name);
    }
}
