package zeroinit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.initlab.activation.Activation;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.diagnostics.Metric;
import org.initlab.init.Initializers;
import org.initlab.init.XavierNormal;
import org.initlab.init.Zeros;
import org.initlab.lesson.Experiments;
import org.initlab.lesson.Findings;
import org.initlab.lesson.Lesson;
import org.initlab.lesson.LessonCharts;
import org.initlab.cli.LessonMain;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.initlab.lesson.RunOutcomes;
import org.initlab.lesson.RunResult;
import org.initlab.lesson.RunSpec;

/**
 * Lesson 2 — zero initialization: what happens when every weight and bias of a deep network starts at 0?
 * See {@code lessons/zeroinit/README.md}.
 */
public final class ZeroInit implements Lesson {
    /**
     * Runs this lesson: {@code java -cp target/initlab.jar zeroinit.ZeroInit [options]} or "Run" in an IDE
     * ({@code --help} lists the options).
     */
    public static void main(String[] args) {
        LessonMain.run(new ZeroInit(), args);
    }

    static final String QUESTION = "What happens when every weight and bias of a deep network starts at 0?";

    @Override
    public String name() {
        return "zeroinit";
    }

    @Override
    public String title() {
        return "Zero initialization: nothing to break the symmetry";
    }

    @Override
    public LessonResult run(LessonOptions o, PrintStream console) {
        // 1. Set up: balanced circles; a deep network whose weights and biases are all 0
        boolean quick = o.quick();
        long seed = o.seedOr(1);
        int depth = o.depthOr(quick ? 3 : 6);
        int width = o.widthOr(quick ? 8 : 32);
        int epochs = o.epochsOr(quick ? 15 : 30);
        TrainTest data = ToyData.circles(quick ? 300 : 1000, 0.05, seed).split(0.25, seed);
        List<String> activations = o.activation() != null ? List.of(o.activation())
                : List.of("tanh", "relu", "sigmoid");
        List<RunSpec> specs = new ArrayList<>();
        for (String name : activations) {
            Activation phi = o.newActivation(name);
            String init = o.initOr("zeros");
            specs.add(RunSpec.of(name + ", " + init, phi, depth, width, o.newInitializer(init),
                    epochs, seed).withOptimizer("adam", 0.01).withRecordEvery(5));
        }
        Activation first = o.newActivation(activations.get(0));
        specs.add(RunSpec.of(first.name() + ", zeros, full-batch GD", first, depth, width, new Zeros(), epochs, seed)
                .withOptimizer("sgd", 0.1).withBatchSize(data.train().size()).withRecordEvery(1));
        specs.add(RunSpec.of(first.name() + ", xavier-normal (reference)", first, depth, width,
                new XavierNormal(1), epochs, seed).withOptimizer("adam", 0.01).withRecordEvery(5));
        Findings f = new Findings(this, o, console)
                .setting("data", "circles, " + data.train().size() + " train / " + data.test().size()
                        + " test (balanced)")
                .setting("network", "2 → " + depth + " hidden layers × " + width + " → 1")
                .setting("biases", "zeros").setting("optimizer",
                        "adam lr 0.01 (identical gradients give identical updates), batches of 32; "
                        + "the full-batch run uses plain gradient descent, lr 0.1")
                .setting("epochs", epochs).setting("seed", seed);

        // 2. Run every configuration (in parallel)
        List<RunResult> runs = Experiments.trainAll(specs, data, console);

        // 3. Measure what moved: hidden weights, output weights, output bias; and how many different directions the
        //    units of a hidden layer span (the rank of its weights: 1 = all units alike, 0 = all zero)
        for (RunResult r : runs.subList(0, runs.size() - 1)) {
            double hiddenChange = 0;
            int maxDistinct = 0;
            for (int l = 1; l <= depth; l++) {
                hiddenChange = Math.max(hiddenChange, r.weightChange(l) + r.biasChange(l));
                maxDistinct = Math.max(maxDistinct,
                        (int) r.recorder().value(r.recorder().lastStep(), l, Metric.DIRECTIONS));
            }
            String key = r.label();
            f.figure(key + ": largest hidden-layer change ‖ΔW‖+‖Δb‖", hiddenChange);
            f.figure(key + ": output weights change ‖ΔW‖", r.weightChange(depth + 1));
            f.figure(key + ": output bias change |Δb|", r.biasChange(depth + 1));
            f.figure(key + ": most " + Metric.DIRECTIONS.label() + " in a hidden layer at the end", maxDistinct);
            f.figure(key + ": test loss before", r.history().initial().testLoss());
            f.figure(key + ": test loss after", r.history().last().testLoss());
            f.figure(key + ": test accuracy after", r.finalTestAccuracy());
            if (hiddenChange == 0 && r.weightChange(depth + 1) == 0 && r.biasChange(depth + 1) < 1e-12) {
                f.conclude("%s: nothing moved at all in %d steps: every weight is exactly 0 and the "
                        + "output bias changed by %.1g (rounding), because on a balanced full batch its gradient "
                        + "Σ(σ(0) − y)/n is 0; the test loss stayed at %.6f", key, r.history().steps().size(),
                        r.biasChange(depth + 1), r.history().last().testLoss());
            } else if (hiddenChange == 0 && r.weightChange(depth + 1) == 0) {
                f.conclude("%s: every hidden weight and bias and every output weight is still "
                                + "exactly 0 after %d steps; only the output bias moved (by %.3g), "
                                + "following the class balance of each batch",
                        key, r.history().steps().size(), r.biasChange(depth + 1));
            } else {
                f.conclude("%s: the weights moved (largest hidden change %.3g) but the %d units of every hidden layer "
                        + "still span at most %d direction(s): they all compute the same thing", key,
                        hiddenChange, width, maxDistinct);
            }
        }
        RunResult reference = runs.get(runs.size() - 1);
        f.figure("reference: test accuracy after", reference.finalTestAccuracy());
        f.conclude("with the same network and budget, Xavier-normal init reaches %.1f%% test accuracy; "
                + "the zero-initialized networks stay at %.1f%% (chance on balanced data)",
                100 * reference.finalTestAccuracy(), 100 * runs.get(0).finalTestAccuracy());

        // 4. Plot
        f.plot(LessonCharts.loss("Zero init: the loss stays at ln 2 ≈ 0.693", runs), "loss",
                "Mini-batch loss per step: zero-initialized networks stay at ln 2 (answering 50/50); Xavier falls");
        f.plot(LessonCharts.accuracy("Zero init: test accuracy stays at chance", runs), "accuracy",
                "Test accuracy per epoch");
        f.plot(LessonCharts.overTime("Directions among the units (most in any hidden layer)", Metric.DIRECTIONS.label(),
                false, runs, Metric.DIRECTIONS, 0, Math::max), "directions",
                "The most different directions the units of any hidden layer span: "
                        + "0 or 1 for every zero-initialized run, all of them for Xavier");
        f.plot(LessonCharts.overTime("Weight gradient ‖dL/dW‖ of hidden layer 1", "norm", true, runs,
                Metric.GRAD_W_NORM, 1, Math::max), "gradient_layer1", "Weight-gradient norm of the first hidden layer: "
                        + "exactly 0 for tanh/ReLU (named in the box, since 0 has no place on a log axis), small but "
                        + "alive for sigmoid");

        Path boundaries = LessonCharts.decisionBoundaries(runs, data.test(), o.folder(), "decision_boundaries");
        if (boundaries != null) {
            f.addPlot(boundaries,
                    "What each network predicts over the plane after training (light: predicted class; dots: test "
                    + "points): the zero-initialized ones paint one colour or a boundary a single unit can draw, "
                    + "Xavier follows the circles");
        }
        // the verdict the plots above show
        f.verdict("Symmetry never breaks: the units of a layer span at most one direction; %s",
                RunOutcomes.summary(runs));

        // 5. Conclude
        return f.finish(QUESTION);
    }
}
