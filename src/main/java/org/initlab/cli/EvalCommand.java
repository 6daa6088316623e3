package org.initlab.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.initlab.data.TrainTest;
import org.initlab.io.NetworkFile;
import org.initlab.nn.Loss;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.train.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Evaluates a saved network: the check that a student's trained network works. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Load a saved network (network.txt, as train writes it) and print its loss and "
        + "accuracy on a dataset's training and test parts. With --min-accuracy, "
        + "exit 0 only if the test accuracy reaches it.")
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NETWORK_FILE", description = "a network saved by train or NetworkFile.save")
    Path file;
    @Mixin
    DataOptions data;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "the training run's seed: built-in sets are generated and split from it "
            + "(default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--min-accuracy", paramLabel = "A",
            description = "the test accuracy to reach, between 0 and 1 (e.g. 0.9)")
    Double minAccuracy;

    @Override
    public Integer call() {
        if (minAccuracy != null && !(minAccuracy >= 0 && minAccuracy <= 1)) {
            throw new IllegalArgumentException("--min-accuracy must be between 0 and 1 (0.9 means 90 %), got "
                    + minAccuracy);
        }
        Mlp net = NetworkFile.load(file);
        TrainTest split = data.load(seed);
        int classes = split.train().classes();
        Loss loss = Losses.forClasses(classes);
        int inputs = net.layers().get(0).fanIn();
        int outputs = net.outputLayer().fanOut();
        if (inputs != split.train().featureCount() || outputs != loss.outputSize(classes)) {
            throw new IllegalArgumentException(file + " holds a network " + net + " with " + inputs + " inputs and "
                    + outputs + " outputs, but " + data.describe() + " has " + split.train().featureCount()
                    + " features and " + classes + " classes (" + loss.outputSize(classes)
                    + " outputs): was it trained on another dataset?");
        }
        Evaluation train = Evaluation.of(net, loss, split.train());
        Evaluation test = Evaluation.of(net, loss, split.test());
        System.out.println("network " + net + " from " + file);
        System.out.println("data    " + data.describe() + ", seed " + seed + " (" + split.train().size() + " train / "
                + split.test().size() + " test)");
        System.out.printf(Locale.ROOT, "train   loss %.4g  accuracy %.1f%%%n", train.loss(), 100 * train.accuracy());
        System.out.printf(Locale.ROOT, "test    loss %.4g  accuracy %.1f%%%n", test.loss(), 100 * test.accuracy());
        if (minAccuracy == null) {
            return 0;
        }
        boolean reached = test.accuracy() >= minAccuracy;
        System.out.printf(Locale.ROOT, "%s: test accuracy %.1f%% %s the required %.1f%%%n", reached ? "PASS" : "FAIL",
                100 * test.accuracy(), reached ? "reaches" : "is below", 100 * minAccuracy);
        return reached ? 0 : 1;
    }
}
