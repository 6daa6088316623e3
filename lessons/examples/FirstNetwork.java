package examples;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.initlab.activation.Relu;
import org.initlab.data.ToyData;
import org.initlab.data.TrainTest;
import org.initlab.diagnostics.Recorder;
import org.initlab.init.FanMode;
import org.initlab.init.HeNormal;
import org.initlab.init.Zeros;
import org.initlab.io.NetworkFile;
import org.initlab.nn.Losses;
import org.initlab.nn.Mlp;
import org.initlab.optim.Sgd;
import org.initlab.report.TrainingOutputs;
import org.initlab.train.History;
import org.initlab.train.Trainer;
import org.initlab.train.TrainingConfig;

/**
 * The shortest complete program: build a 10-layer ReLU network, initialize it with He-normal (put your own Initializer
 * in its place), train it on built-in data with diagnostics, and save the plots, the report and the trained network.
 * Run: {@code java -cp target/initlab.jar examples.FirstNetwork [OUT_DIR]}.
 */
public final class FirstNetwork {
    private FirstNetwork() {
    }

    /** Trains the network and writes its report; {@code args[0]}: the output folder (default runs/first-network). */
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "runs/first-network");
        TrainTest data = ToyData.spirals(900, 3, 0.02, 7).split(0.25, 7);
        Mlp net = Mlp.uniform(2, 10, 64, 3, new Relu()).initialize(new HeNormal(FanMode.FAN_IN, 0), new Zeros(), 7);
        Recorder recorder = new Recorder(20);
        History history = new Trainer(net, Losses.softmaxCrossEntropy(), new Sgd(0.05), new TrainingConfig(30, 32, 7))
                .listen(recorder).fit(data);
        TrainingOutputs.write(history, recorder, net.layers().size(), "My first network",
                Map.of("init", "he-normal"), out).forEach(System.out::println);
        NetworkFile.save(net, out.resolve("network.txt"));
        System.out.printf(Locale.ROOT,
                "test accuracy %.1f%%; report and network in %s%n", 100 * history.last().testAccuracy(), out);
    }
}
