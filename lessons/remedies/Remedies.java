package remedies;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.initlab.activation.Activation;
import org.initlab.autograd.Graph;
import org.initlab.autograd.Tensor;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.diagnostics.Stats;
import org.initlab.init.Initializer;
import org.initlab.lesson.Findings;
import org.initlab.lesson.Lesson;
import org.initlab.cli.LessonMain;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.initlab.plot.ChartRenderer;
import org.initlab.plot.VisualStyle;

/**
 * Lesson 12 — remedies: a 50-layer network that a poor init stalls, rescued by batch norm or residual connections;
 * what initialization still decides with them; and what gradient clipping can and cannot fix.
 * See {@code lessons/remedies/README.md}.
 */
public final class Remedies implements Lesson {
    /**
     * Runs this lesson: {@code java -cp target/initlab.jar remedies.Remedies [options]} or "Run" in an IDE
     * ({@code --help} lists the options).
     */
    public static void main(String[] args) {
        LessonMain.run(new Remedies(), args);
    }

    static final String QUESTION = "What do batch normalization, residual connections and gradient "
            + "clipping change for a deep network with a poor initialization, "
            + "and what does the initialization still decide?";

    @Override
    public String name() {
        return "remedies";
    }

    @Override
    public String title() {
        return "Remedies: batch norm, residual connections, clipping — and what init still decides";
    }

    /** One network of the lesson. */
    private record Setup(String label, DeepStack.Kind kind, String init, double scale, boolean zeroLast, double clip,
                         int depth) {
    }

    @Override
    public LessonResult run(LessonOptions o, PrintStream console) {
        // 1. Set up: 50 ReLU layers of 32 units on circles;
        //    the same poor init (Xavier, half ReLU's variance) everywhere
        boolean quick = o.quick();
        long seed = o.seedOr(1);
        int depth = o.depthOr(quick ? 30 : 50);
        int width = o.widthOr(32);
        int epochs = o.epochsOr(12);
        String act = o.activationOr("relu");
        Activation phi = o.newActivation(act);
        String poor = o.initOr("xavier-normal");
        double lr = 0.02;
        int blocks = (depth - 1) / 2;
        int shallow = 16;
        List<Setup> setups = List.of(
                new Setup("plain, " + poor, DeepStack.Kind.PLAIN, poor, 0, false, 0, depth),
                new Setup("batch norm, " + poor, DeepStack.Kind.BATCH_NORM, poor, 0, false, 0, depth),
                new Setup("batch norm, " + poor + ", depth " + shallow, DeepStack.Kind.BATCH_NORM, poor, 0,
                        false, 0, shallow),
                new Setup("residual α = 1/√L, " + poor, DeepStack.Kind.RESIDUAL, poor, 1 / Math.sqrt(blocks),
                        false, 0, depth),
                new Setup("residual α = 1, he-normal", DeepStack.Kind.RESIDUAL, "he-normal", 1, false, 0, depth),
                new Setup("residual α = 1, he-normal, last layer zero", DeepStack.Kind.RESIDUAL, "he-normal", 1,
                        true, 0, depth),
                new Setup("plain, normal:std=0.5 (explodes)", DeepStack.Kind.PLAIN, "normal:std=0.5", 0,
                        false, 0, depth),
                new Setup("plain, normal:std=0.5, clipped at 1", DeepStack.Kind.PLAIN, "normal:std=0.5", 0,
                        false, 1.0, depth));
        TrainTest data = ToyData.circles(600, 0.05, seed).split(0.25, seed);
        Findings f = new Findings(this, o, console)
                .setting("networks",
                        "2 → " + depth + " " + act + " layers × " + width + " → 1 (residual: an input layer and "
                        + blocks + " blocks of 2 layers)")
                .setting("training",
                        "circles, sgd lr " + lr + ", batches of 32, " + epochs + " epochs, binary cross-entropy")
                .setting("seed", seed);

        // 2. Run: statistics at initialization, then training, every network in parallel
        Map<String, double[]> stdPerLayer = new LinkedHashMap<>();
        Tensor probe = data.train().all().x();
        List<DeepStack> nets = new ArrayList<>();
        for (Setup s : setups) {
            Initializer init = o.newInitializer(s.init());
            DeepStack net = new DeepStack(s.kind(), phi, s.depth(), width, init, s.scale(), s.zeroLast(), seed);
            try (Graph.NoGrad off = Graph.noGrad()) {
                net.forward(probe, true);
            }
            if (s.clip() == 0 && s.depth() == depth) {
                stdPerLayer.put(s.label(),
                        net.hiddenOutputs().stream().mapToDouble(t ->
                                Stats.of(t.value().data, t.value().getNumElements()).std()).toArray());
            }
            nets.add(new DeepStack(s.kind(), phi, s.depth(), width, init, s.scale(), s.zeroLast(), seed));
        }
        List<StackTraining.Outcome> outcomes = trainAll(setups, nets, data, epochs, lr, seed);

        // 3. Measure
        f.conclude("%d %s layers with %s: plain %.0f%%, residual α = 1/√L %.0f%%, "
                + "residual with zero last layers %.0f%%, batch norm %.0f%% (at depth %d: %.0f%%) test "
                + "accuracy after %d epochs", depth, act, poor,
                100 * outcomes.get(0).finalAccuracy(), 100 * outcomes.get(3).finalAccuracy(),
                100 * outcomes.get(5).finalAccuracy(), 100 * outcomes.get(1).finalAccuracy(), shallow,
                100 * outcomes.get(2).finalAccuracy(), epochs);
        for (int i = 0; i < setups.size(); i++) {
            Setup s = setups.get(i);
            StackTraining.Outcome out = outcomes.get(i);
            double[] std = stdPerLayer.get(s.label());
            f.figure(s.label() + ": final test accuracy", out.finalAccuracy());
            f.figure(s.label() + ": diverged at step (0 = never)", out.divergedAt());
            f.figure(s.label() + ": largest gradient norm", out.largestGradientNorm());
            if (std != null) {
                f.figure(s.label() + ": output std, last hidden layer / first", std[std.length - 1] / std[0]);
            }
            f.conclude("%s: %s %.1f%%%s", s.label(), out.divergedAt() > 0 ? "diverged at step " + out.divergedAt()
                    + ", so its last test accuracy is the one before training:"
                    : "trained " + epochs + " epochs, test accuracy", 100 * out.finalAccuracy(),
                    std == null ? "" : String.format(Locale.ROOT, "; hidden-output std at init changes %.3g× from "
                            + "the first to the last hidden layer", std[std.length - 1] / std[0]));
        }

        StackTraining.Outcome explodes = outcomes.get(6);
        StackTraining.Outcome clipped = outcomes.get(7);
        f.verdict("%d %s layers with %s: plain %.0f%%; residual blocks rescue it "
                + "(α = 1/√L %.0f%%, α = 1 with zero last layers %.0f%%), batch norm keeps every layer's std but "
                + "reaches %.0f%% (%.0f%% at depth %d); init still decides: residual α = 1 with he-normal %s, "
                + "and clipping stops normal:std=0.5 from %s but not from failing (%.0f%%)", depth, act, poor,
                100 * outcomes.get(0).finalAccuracy(), 100 * outcomes.get(3).finalAccuracy(),
                100 * outcomes.get(5).finalAccuracy(), 100 * outcomes.get(1).finalAccuracy(),
                100 * outcomes.get(2).finalAccuracy(),
                shallow, outcomes.get(4).divergedAt() > 0 ? "diverges at step " + outcomes.get(4).divergedAt()
                        : String.format(Locale.ROOT, "reaches %.0f%%", 100 * outcomes.get(4).finalAccuracy()),
                explodes.divergedAt() > 0 ? "diverging (step " + explodes.divergedAt() + " unclipped)" : "exploding",
                100 * clipped.finalAccuracy());

        // 4. Plot
        Map<String, String> initKeyOf = new LinkedHashMap<>();
        setups.forEach(s -> initKeyOf.put(s.label(), VisualStyle.initKey(o.newInitializer(s.init()))));
        f.plot(ChartRenderer.render(RemediesCharts.stdPerLayer("Hidden-layer output std at initialization (" + act
                + ", depth " + depth + ")", stdPerLayer, initKeyOf)), "std_per_layer",
                "Std of each hidden layer's output at initialization (residual: one point per block of 2 layers): "
                        + "batch norm resets it every layer, residual blocks add to it, a plain network multiplies it");
        List<RemediesCharts.Run> accuracyRuns = new ArrayList<>();
        for (int i = 0; i < setups.size(); i++) {
            StackTraining.Outcome out = outcomes.get(i);
            accuracyRuns.add(new RemediesCharts.Run(setups.get(i).label(), initKeyOf.get(setups.get(i).label()),
                    out.testAccuracy().stream().mapToDouble(Double::doubleValue).toArray(), out.divergedAt()));
        }
        f.plot(ChartRenderer.render(RemediesCharts.accuracyPerEpoch("Test accuracy per epoch (" + act + ", depth "
                + depth + " unless named)", accuracyRuns, (data.train().size() + 31) / 32)), "accuracy",
                "Test accuracy per epoch, epoch 0 before training; colour = weight init "
                        + "(same colour: marker shape tells the networks apart); a run that diverged has only its "
                        + "point before training (the note names it); dotted: chance");

        // 5. Conclude
        return f.finish(QUESTION);
    }

    private static List<StackTraining.Outcome> trainAll(List<Setup> setups, List<DeepStack> nets,
                                                      TrainTest data, int epochs, double lr, long seed) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<StackTraining.Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < setups.size(); i++) {
                DeepStack net = nets.get(i);
                double clip = setups.get(i).clip();
                futures.add(pool.submit(() -> StackTraining.fit(net, data, epochs, lr, clip, seed)));
            }
            List<StackTraining.Outcome> out = new ArrayList<>();
            for (Future<StackTraining.Outcome> future : futures) {
                out.add(future.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                    : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
