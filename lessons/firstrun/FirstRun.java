package firstrun;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.activation.Activations;
import org.initlab.data.Dataset;
import org.initlab.data.ToyData;
import org.initlab.init.Initializers;
import org.initlab.init.Zeros;
import org.initlab.lesson.Lesson;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonResult;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Adam;
import org.initlab.plot.ChartFiles;
import org.initlab.plot.Charts;
import org.initlab.train.ConsoleProgress;
import org.initlab.train.History;
import org.initlab.train.Trainer;
import org.initlab.train.TrainingConfig;

/**
 * Lesson 0 — a first training run: can a small tanh network learn to tell two circles apart?
 * See {@code lessons/firstrun/README.md}.
 */
public final class FirstRun implements Lesson {
    @Override
    public String name() {
        return "firstrun";
    }

    @Override
    public String title() {
        return "A first training run: a small network learns two circles";
    }

    @Override
    public LessonResult run(LessonOptions options, PrintStream console) {
        // 1. Set up: data, network, initializer
        long seed = options.seedOr(1);
        int epochs = options.epochsOr(options.quick() ? 25 : 40);
        Dataset circles = ToyData.circles(options.quick() ? 400 : 1000, 0.05, seed);
        Mlp net = Mlp.uniform(2, options.depthOr(3), options.widthOr(32), 1,
                Activations.byName(options.activationOr("tanh")));
        net.initialize(Initializers.byName(options.initOr("xavier-normal")), new Zeros(), seed);

        // 2. Run: train with Adam, printing progress
        History history = new Trainer(net, Losses.binaryCrossEntropy(), new Adam(0.01),
                new TrainingConfig(epochs, 32, seed))
                .listen(new ConsoleProgress(console, "circles", epochs))
                .fit(circles.split(0.25, seed));

        // 3. Plot: the loss of every step
        Path plot = ChartFiles.savePng(Charts.lossPerStep("Training loss on circles", Map.of(net.toString(), history)),
                options.folder(), "loss");

        // 4. Conclude
        double accuracy = history.last().testAccuracy();
        List<String> findings = new ArrayList<>();
        findings.add(String.format(Locale.ROOT, "test accuracy went from %.1f%% to %.1f%% in %d epochs",
                100 * history.initial().testAccuracy(), 100 * accuracy, epochs));
        history.divergence().ifPresent(d -> findings.add(d.toString()));
        findings.forEach(f -> console.println("  → " + f));
        console.println("  plot: " + plot);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("testAccuracy", accuracy);
        figures.put("initialTestAccuracy", history.initial().testAccuracy());
        return new LessonResult(name(), findings, figures, List.of(plot));
    }
}
