package org.initlab.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.initlab.diagnostics.Probe;
import org.initlab.io.OutputFolder;
import org.initlab.report.ProbeOutputs;
import org.initlab.report.TrainingOutputs;

/**
 * "Keep it": writes the page's current view as the usual run folders under the server's save folder (chosen when
 * the server started, never by the page): {@code lab-<time>-<activation>-<init>/} holds the probe's report, plots
 * and {@code layers.csv} ({@link ProbeOutputs}), and {@code training/} inside it the page's last finished training
 * ({@link TrainingOutputs}: history, steps, diagnostics, histograms, plots, report).
 */
final class KeepRun {
    /** What a refusal of the save folder tells the teacher: the page cannot choose the folder, the server can. */
    static final String SAVE_DIR_REMEDY = "start initlab serve with another --save-dir";

    private KeepRun() {
    }

    /** Writes the folder; returns it. */
    static Path save(LabSettings s, TrainingRun.Finished training, Path saveDir) {
        OutputFolder.prepare(saveDir, SAVE_DIR_REMEDY);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String base = "lab-" + stamp + "-" + safe(s.activation().name()) + "-" + safe(s.initializer().name());
        Path folder = saveDir.resolve(base);
        for (int i = 2; Files.exists(folder); i++) {
            folder = saveDir.resolve(base + "-" + i);
        }
        Probe.Result probe = Probe.run(s.activation(), s.initializer(), s.depth(), s.width(), s.batch(), s.seed());
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("command", "initlab serve (the lab), Keep it; the same as: initlab probe --activation "
                + s.activationName() + " --init " + s.initSpec() + " --depth " + s.depth() + " --width " + s.width()
                + " --batch " + s.batch() + " --seed " + s.seed());
        settings.put("activation", s.activation().name());
        settings.put("init", s.initializer().name() + ": " + s.initializer().describe());
        settings.put("depth × width", s.depth() + " × " + s.width());
        settings.put("batch", String.valueOf(s.batch()));
        settings.put("seed", String.valueOf(s.seed()));
        ProbeOutputs.write(probe, "Lab: " + s.depth() + " " + s.activation().name() + " layers, "
                + s.initializer().name(), settings, folder);
        if (training != null) {
            LabSettings t = training.settings();
            Map<String, String> trained = new LinkedHashMap<>();
            trained.put("command", "initlab serve (the lab), Train; the same as: initlab train --dataset " + t.dataset()
                    + " --depth " + t.depth() + " --width " + t.width() + " --activation " + t.activationName()
                    + " --init " + t.initSpec() + " --optimizer " + t.optimizerName() + " --lr " + t.learningRate()
                    + " --epochs " + t.epochs() + " --batch " + t.minibatch() + " --seed " + t.seed());
            trained.put("dataset", t.dataset() + " (1000 examples, noise 0.05)");
            trained.put("network", training.network());
            trained.put("init", t.initializer().name() + ": " + t.initializer().describe());
            trained.put("optimizer", t.optimizerName() + ", lr " + t.learningRate());
            trained.put("epochs, batch", t.epochs() + ", " + t.minibatch());
            trained.put("seed", String.valueOf(t.seed()));
            TrainingOutputs.write(training.history(), training.recorder(), training.layerCount(),
                    "Lab training: " + training.network() + " with " + t.initializer().name(), trained,
                    folder.resolve("training"));
        }
        return folder;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9.-]+", "_");
    }
}
