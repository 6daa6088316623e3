package org.initlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.initlab.init.ComponentNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Keep it": the probe's run folder, named after the time, activation and init, with the last training inside. */
class KeepRunTest {
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    static LabSettings settings(String query) {
        return LabSettings.parse(Query.parse(query), ComponentNames.BUILT_IN);
    }

    /**
     * Creates the folders {@code lab-<stamp><name><suffix>} for each suffix and every stamp of the coming minute;
     * returns the plain names {@code lab-<stamp><name>}.
     */
    static List<String> occupy(Path saveDir, String name, String... suffixes) throws Exception {
        List<String> names = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now();
        for (int second = 0; second <= 60; second++) {
            String base = "lab-" + now.plusSeconds(second).format(STAMP) + name;
            for (String suffix : suffixes) {
                Files.createDirectory(saveDir.resolve(base + suffix));
            }
            names.add(base);
        }
        return names;
    }

    @Test
    void theProbeFolderSaysWhatWasRunAsTheSameProbeCommand(@TempDir Path saveDir) throws Exception {
        LabSettings s = settings("activation=leaky-relu:0.2&init=he-normal&mode=fan-out&depth=3&width=8&batch=16"
                + "&seed=5");
        // every name the next minute could give is taken twice already: the folder gets suffix -3
        List<String> plain = occupy(saveDir, "-leaky-relu_0.2-he-normal", "", "-2");
        Path folder = KeepRun.save(s, null, saveDir);
        assertThat(folder.getParent()).isEqualTo(saveDir);
        assertThat(plain.stream().map(name -> name + "-3")).contains(folder.getFileName().toString());
        assertThat(folder.resolve("training")).doesNotExist();
        assertThat(Files.readAllLines(folder.resolve("layers.csv"))).hasSize(4);
        assertThat(folder.resolve("report.html")).isRegularFile();
        String report = Files.readString(folder.resolve("report.md"));
        assertThat(report).startsWith("# Lab: 3 leaky-relu:0.2 layers, he-normal\n").contains(
                "| command | initlab serve (the lab), Keep it; the same as: initlab probe --activation leaky-relu:0.2 "
                        + "--init he-normal:mode=fan-out --depth 3 --width 8 --batch 16 --seed 5 |\n"
                        + "| activation | leaky-relu:0.2 |\n"
                        + "| init | he-normal: " + s.initializer().describe() + " |\n"
                        + "| depth × width | 3 × 8 |\n"
                        + "| batch | 16 |\n"
                        + "| seed | 5 |\n");
    }

    @Test
    void thePagesLastTrainingGoesIntoTrainingAsTheSameTrainCommand(@TempDir Path saveDir) throws Exception {
        LabSettings trained = settings("activation=tanh&init=xavier-normal&depth=1&width=4&dataset=moons"
                + "&minibatch=250&epochs=1&seed=3&lr=0.5");
        TrainingRun.Finished done = new TrainingRun(trained).run((event, data) -> { });
        // the page's controls may have changed since: the probe part follows them, the training part its own run
        LabSettings now = settings("activation=relu&init=he-normal&depth=2&width=4&batch=8");
        // a "-2" of the coming minute's names exists, but the plain name is free: that is the one taken
        List<String> plain = occupy(saveDir, "-relu-he-normal", "-2");
        Path folder = KeepRun.save(now, done, saveDir);
        assertThat(plain).contains(folder.getFileName().toString());
        assertThat(Files.readString(folder.resolve("report.md"))).contains("initlab probe --activation relu "
                + "--init he-normal --depth 2 --width 4 --batch 8 --seed 1 |");
        Path training = folder.resolve("training");
        assertThat(training.resolve("history.csv")).isRegularFile();
        assertThat(Files.readAllLines(training.resolve("history.csv"))).hasSize(3); // header, epochs 0 and 1
        assertThat(Files.readString(training.resolve("report.md")))
                .startsWith("# Lab training: 2 → 4 → 1 (tanh) with xavier-normal\n").contains(
                        "| command | initlab serve (the lab), Train; the same as: initlab train --dataset moons "
                                + "--depth 1 --width 4 --activation tanh --init xavier-normal --optimizer sgd --lr 0.5 "
                                + "--epochs 1 --batch 250 --seed 3 |\n"
                                + "| dataset | moons (1000 examples, noise 0.05) |\n"
                                + "| network | 2 → 4 → 1 (tanh) |\n"
                                + "| init | xavier-normal: " + trained.initializer().describe() + " |\n"
                                + "| optimizer | sgd, lr 0.5 |\n"
                                + "| epochs, batch | 1, 250 |\n"
                                + "| seed | 3 |\n");
    }

    @Test
    void aSaveFolderThatIsAFileIsRefusedWithTheServersOption(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("runs"), "not a folder");
        assertThatThrownBy(() -> KeepRun.save(settings("depth=1&width=2&batch=2"), null, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("output folder " + file + " is a file, not a folder; start initlab serve with another "
                        + "--save-dir");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }
}
