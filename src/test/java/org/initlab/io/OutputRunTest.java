package org.initlab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.initlab.cli.CliTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output folders: atomic files, one writer at a time, nothing stale, and an honest page after an interrupt. */
class OutputRunTest {
    @TempDir
    Path tmp;

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = OutputFolder.writeText(tmp, "a.csv", "old\n");
        assertThatThrownBy(() -> OutputFolder.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessage("cannot write " + file + ": disk full");
        assertThat(Files.readString(file)).isEqualTo("old\n");
        assertThat(names(tmp)).containsExactly("a.csv");
    }

    @Test
    void aSecondWriterIntoTheSameFolderIsRefused() {
        try (OutputRun first = OutputRun.open(tmp, "train", "report")) {
            assertThatThrownBy(() -> OutputRun.open(tmp, "train", "report"))
                    .hasMessage("another initlab run is writing into " + tmp
                            + " right now; wait for it to finish or choose another --out "
                            + "(two runs in one folder would mix their files)");
            CliTestSupport.Run second = CliTestSupport.run("train", "--size", "40", "--epochs", "1", "--out",
                    tmp.toString());
            assertThat(second.status()).isEqualTo(1);
            assertThat(second.err()).startsWith("initlab: another initlab run is writing into " + tmp);
            first.finish();
        }
        assertThat(OutputRun.open(tmp, "train", "report")).as("the lock is released when a run ends").isNotNull()
                .satisfies(OutputRun::finish);
    }

    @Test
    void anotherProcessHoldingTheFolderIsRefusedToo() throws Exception {
        try (OutputRun held = OutputRun.open(tmp, "train", "report")) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.initlab.app.Initlab", "train", "--size", "40",
                    "--epochs", "1", "--out", tmp.toString()).redirectErrorStream(true).start();
            String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(other.exitValue()).as(output).isEqualTo(1);
            assertThat(output).contains("another initlab run is writing into " + tmp);
            held.finish();
        }
    }

    @Test
    void aRunReplacesItsOwnEarlierOutputsCompletely() throws IOException {
        try (OutputRun full = OutputRun.open(tmp, "all", "index")) {
            OutputFolder.writeText(tmp.resolve("comparison"), "accuracy_depth3.png", "x");
            OutputFolder.writeText(tmp.resolve("comparison"), "accuracy_depth1.png", "x");
            OutputFolder.writeText(tmp, "index.html", "full");
            full.finish();
        }
        Files.writeString(tmp.resolve("notes.txt"), "the student's own file");
        try (OutputRun quick = OutputRun.open(tmp, "all", "index")) {
            OutputFolder.writeText(tmp.resolve("comparison"), "accuracy_depth1.png", "y");
            OutputFolder.writeText(tmp, "index.html", "quick");
            quick.finish();
        }
        assertThat(tmp.resolve("comparison/accuracy_depth3.png")).doesNotExist();
        assertThat(tmp.resolve("comparison/accuracy_depth1.png")).hasContent("y");
        assertThat(tmp.resolve("notes.txt")).as("files no run wrote are never touched").exists();
        assertThat(Files.readString(tmp.resolve(OutputRun.MANIFEST))).contains("state complete")
                .contains("file comparison/accuracy_depth1.png").doesNotContain("depth3");
    }

    @Test
    void aFolderHoldingAnotherKindOfRunIsRefused() {
        Path folder = tmp.resolve("t");
        assertThat(CliTestSupport.run("train", "--size", "40", "--epochs", "1", "--depth", "1", "--width", "3", "--out",
                folder.toString()).status()).isZero();
        CliTestSupport.Run probe = CliTestSupport.run("probe", "--activation", "tanh", "--init",
                "xavier-normal", "--depth", "2", "--width", "4", "--out", folder.toString());
        assertThat(probe.status()).isEqualTo(1);
        assertThat(probe.err()).startsWith("initlab: " + folder + " holds the outputs of an earlier "
                + "'train' run; a 'probe' run would mix with them. Choose another --out, or delete "
                + folder + " first");
        assertThat(probe.out()).isEmpty();
    }

    @Test
    void anInterruptLeavesCompleteFilesAndAPageSayingSo() throws IOException {
        try (OutputRun old = OutputRun.open(tmp, "train", "report")) {
            OutputFolder.writeText(tmp, "loss.png", "old");
            OutputFolder.writeText(tmp, "diagnostics.csv", "old");
            old.finish();
        }
        OutputRun run = OutputRun.open(tmp, "train", "report");
        OutputFolder.writeText(tmp, "history.csv", "epoch\n0\n");
        Files.writeString(tmp.resolve(".loss.png.tmp-" + ProcessHandle.current().pid() + "-99"), "half a png");
        run.interrupted();
        assertThat(names(tmp)).containsExactlyInAnyOrder(OutputRun.LOCK, OutputRun.MANIFEST, "history.csv",
                "report.html", "report.md");
        assertThat(Files.readString(tmp.resolve("report.md"))).startsWith("# Interrupted").contains("- history.csv");
        assertThat(Files.readString(tmp.resolve("report.html"))).contains("interrupted")
                .contains("href=\"history.csv\"");
        assertThat(Files.readString(tmp.resolve(OutputRun.MANIFEST))).contains("state interrupted");
        OutputRun.open(tmp, "train", "report").finish();
    }

    @Test
    void ctrlCDuringTrainingLeavesAnInterruptedReport() throws Exception {
        Path folder = tmp.resolve("run");
        Process train = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.initlab.app.Initlab", "train", "--epochs", "100000",
                "--size", "200", "--depth", "1", "--width", "4", "--out", folder.toString())
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(train.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null && !line.startsWith("training ")) {
            // wait until the run holds its folder and trains
        }
        assertThat(line).isNotNull();
        // SIGTERM, which runs the shutdown hooks as Ctrl-C's SIGINT does (through the handle: Process.destroy would
        // also close the output stream the test still reads)
        train.toHandle().destroy();
        StringBuilder rest = new StringBuilder();
        while ((line = lines.readLine()) != null) {
            rest.append(line).append('\n');
        }
        assertThat(train.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(rest.toString()).endsWith("initlab: interrupted; " + folder.resolve("report.html")
                + " lists the complete files it left\n");
        assertThat(Files.readString(folder.resolve("report.md"))).startsWith("# Interrupted");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
        }
        try (Stream<Path> pngs = Files.list(folder).filter(p -> p.toString().endsWith(".png"))) {
            pngs.forEach(p -> {
                try {
                    assertThat(ImageIO.read(p.toFile())).as(p.toString()).isNotNull();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
