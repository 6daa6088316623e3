package org.initlab.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of files one run wrote into its output folder, as text:
 * {@code initlab-run 1} / {@code kind train} / {@code state complete} / one {@code file NAME} line per file
 * (paths relative to the folder, {@code /}-separated below it).
 */
record Manifest(String kind, String state, List<String> files) {
    private static final String MAGIC = "initlab-run 1";

    /** The manifest in {@code file}, or null when there is none or it is not one of ours. */
    static Manifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(MAGIC) || !lines.get(1).startsWith("kind ")
                    || !lines.get(2).startsWith("state ")) {
                return null;
            }
            List<String> files = new ArrayList<>();
            for (String line : lines.subList(3, lines.size())) {
                if (line.startsWith("file ") && !line.substring(5).contains("..")) {
                    files.add(line.substring(5));
                }
            }
            return new Manifest(lines.get(1).substring(5), lines.get(2).substring(6), files);
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes a manifest atomically. */
    static void write(Path file, String kind, String state, List<String> files) {
        StringBuilder text = new StringBuilder(MAGIC + "\nkind " + kind + "\nstate " + state + "\n");
        files.forEach(f -> text.append("file ").append(f.replace('\\', '/')).append('\n'));
        OutputFolder.writeText(file.getParent(), file.getFileName().toString(), text.toString());
    }
}
