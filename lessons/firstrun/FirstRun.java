package firstrun;

import java.io.PrintStream;
import java.util.List;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.lesson.Experiments;
import org.initlab.lesson.Findings;
import org.initlab.lesson.Lesson;
import org.initlab.lesson.LessonCharts;
import org.initlab.cli.LessonMain;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.initlab.lesson.RunResult;
import org.initlab.lesson.RunSpec;
import org.initlab.train.ConsoleProgress;

/**
 * Lesson 0 — a first training run: can a small tanh network learn to tell two circles apart?
 * See {@code lessons/firstrun/README.md}.
 */
public final class FirstRun implements Lesson {
    /**
     * Runs this lesson: {@code java -cp target/initlab.jar firstrun.FirstRun [options]} or "Run" in an IDE
     * ({@code --help} lists the options).
     */
    public static void main(String[] args) {
        LessonMain.run(new FirstRun(), args);
    }

    static final String QUESTION = "What does it look like when a network learns, and how do you read a loss curve?";

    @Override
    public String name() {
        return "firstrun";
    }

    @Override
    public String title() {
        return "A first training run: a small network learns two circles";
    }

    @Override
    public LessonResult run(LessonOptions o, PrintStream console) {
        // 1. Set up: data, network, initializer
        long seed = o.seedOr(1);
        int epochs = o.epochsOr(o.quick() ? 25 : 40);
        TrainTest circles = ToyData.circles(o.quick() ? 400 : 1000, 0.05, seed).split(0.25, seed);
        RunSpec spec = RunSpec.of("circles", o.newActivation(o.activationOr("tanh")), o.depthOr(3), o.widthOr(32),
                o.newInitializer(o.initOr("xavier-normal")), epochs, seed).withOptimizer("adam", 0.01);
        Findings f = new Findings(this, o, console).setting("network", spec.describe())
                .setting("data", "circles, " + circles.train().size() + " train / " + circles.test().size() + " test");

        // 2. Run: train, printing progress
        console.println("  " + spec.describe());
        RunResult run = Experiments.train(spec, circles, new ConsoleProgress(console, "circles", epochs));

        // 3. Plot: the loss of every step, and the test accuracy of every epoch
        f.plot(LessonCharts.loss("Training loss on circles", List.of(run)), "loss",
                "Mini-batch loss per step: ln 2 ≈ 0.693 is a 50/50 guess");
        f.plot(LessonCharts.accuracy("Test accuracy on circles", List.of(run)), "accuracy", "Test accuracy per epoch");

        // the verdict the plots above show
        f.verdict("A network that learns: the loss falls from %.3g to %.3g and test accuracy rises "
                + "from %.0f %% to %.0f %%",
                run.history().initial().trainLoss(), run.finalTrainLoss(), 100 * run.history().initial().testAccuracy(),
                100 * run.finalTestAccuracy());

        // 4. Conclude
        f.figure("initialTestAccuracy", run.history().initial().testAccuracy());
        f.figure("testAccuracy", run.finalTestAccuracy());
        f.conclude("test accuracy went from %.1f%% to %.1f%% in %d epochs",
                100 * run.history().initial().testAccuracy(), 100 * run.finalTestAccuracy(), epochs);
        run.history().divergence().ifPresent(d -> f.conclude("%s", d));
        return f.finish(QUESTION);
    }
}
