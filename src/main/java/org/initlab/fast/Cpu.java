package org.initlab.fast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What a report says about the processor: OpenBLAS chooses its kernel (and so its rounding) by it. */
final class Cpu {
    private Cpu() {
    }

    /** "Intel(R) Xeon(R) ... (avx512f, avx2)" from /proc/cpuinfo on Linux, else the JVM's os.arch. */
    static String description() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            String model = field(lines, "model name");
            String flags = " " + field(lines, "flags") + " ";
            String simd = flags.contains(" avx512f ") ? "avx512f" : flags.contains(" avx2 ") ? "avx2"
                    : flags.contains(" avx ") ? "avx" : "no avx";
            return (model.isEmpty() ? System.getProperty("os.arch") : model) + " (" + simd + ")";
        } catch (IOException | RuntimeException notLinux) {
            return System.getProperty("os.arch");
        }
    }

    private static String field(List<String> lines, String name) {
        for (String line : lines) {
            if (line.startsWith(name)) {
                int colon = line.indexOf(':');
                return colon < 0 ? "" : line.substring(colon + 1).trim();
            }
        }
        return "";
    }
}
