package org.initlab.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One command's ownership of its output folder, from {@link #open} to {@link #finish}:
 * <ul>
 * <li><b>one writer at a time</b>: a lock ({@value #LOCK}, {@link FileChannel#tryLock}) makes a second run into the
 *     same folder stop with a clear message instead of mixing (or tearing) the files;</li>
 * <li><b>nothing stale</b>: a manifest ({@value #MANIFEST}) lists the files a run wrote; the next run of the same kind
 *     deletes those it does not write again, so a {@code --quick} run over a full one leaves no old plot behind. A
 *     folder holding another kind's run (a {@code probe} into a {@code train} folder) is refused: choose another
 *     {@code --out} or delete the folder;</li>
 * <li><b>interrupts</b>: on Ctrl-C a shutdown hook removes the old run's leftovers and writes a short report saying the
 *     run was interrupted and which complete files it left ({@link OutputFolder#write} never leaves a torn file).</li>
 * </ul>
 */
public final class OutputRun implements AutoCloseable {
    /**
     * The manifest: {@code initlab-run 1}, {@code kind K}, {@code state running|complete|failed|interrupted}, files.
     */
    public static final String MANIFEST = ".initlab-run";
    /** The lock file held while a run writes. */
    public static final String LOCK = ".initlab.lock";
    private static final List<OutputRun> OPEN = new CopyOnWriteArrayList<>();
    private static boolean hookInstalled;

    private final Path root;
    private final String kind;
    private final String reportName;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Set<String> previous;
    private final Set<String> written = new LinkedHashSet<>();
    private boolean done;

    private OutputRun(Path root, String kind, String reportName, FileChannel lockChannel, FileLock lock,
            Set<String> previous) {
        this.root = root;
        this.kind = kind;
        this.reportName = reportName;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.previous = previous;
    }

    /**
     * Takes {@code folder} for a run of {@code kind} ("train", "probe", "lesson he", "all"); {@code reportName} is the
     * page an interrupted run leaves ("report" or "index").
     *
     * @throws IllegalArgumentException when another run holds the folder, or the folder holds another kind's run
     */
    public static OutputRun open(Path folder, String kind, String reportName) {
        Path root = OutputFolder.prepare(folder).toAbsolutePath().normalize();
        FileChannel channel;
        FileLock lock;
        try {
            channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot lock the output folder " + folder + ": "
                    + OutputFolder.describe(e));
        }
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new IllegalArgumentException("another initlab run is writing into " + folder
                    + " right now; wait for it to finish or choose another --out "
                    + "(two runs in one folder would mix their files)");
        }
        try {
            Manifest old = Manifest.read(root.resolve(MANIFEST));
            if (old != null && !old.kind().equals(kind)) {
                throw new IllegalArgumentException(folder + " holds the outputs of an earlier '"
                        + old.kind() + "' run; a '" + kind + "' run would mix with them. "
                        + "Choose another --out, or delete " + folder + " first");
            }
            Set<String> previous = new LinkedHashSet<>(old == null ? List.of() : old.files());
            previous.addAll(nestedFiles(root));
            OutputRun run = new OutputRun(root, kind, reportName, channel, lock, previous);
            run.writeManifest("running");
            installHook();
            OPEN.add(run);
            return run;
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Records a file just written by {@link OutputFolder#write} in every open run whose folder holds it. */
    static void recordWritten(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (OutputRun run : OPEN) {
            if (absolute.startsWith(run.root) && !absolute.equals(run.root.resolve(MANIFEST))) {
                synchronized (run) {
                    run.written.add(run.root.relativize(absolute).toString());
                }
            }
        }
    }

    /** The run succeeded: files of the previous run not written again are deleted and the manifest says complete. */
    public synchronized void finish() {
        if (done) {
            return;
        }
        removeStale();
        writeManifest("complete");
        release();
    }

    /** Without {@link #finish}: the run failed; its files and the old ones stay listed, so the next run cleans both. */
    @Override
    public synchronized void close() {
        if (done) {
            return;
        }
        written.addAll(previous);
        writeManifest("failed");
        release();
    }

    /**
     * What the shutdown hook does on Ctrl-C: old leftovers and temporary files removed, an "interrupted" page, and
     * one line on the console saying where that page is.
     */
    synchronized void interrupted() {
        if (done) {
            return;
        }
        removeStale();
        removeTemporaryFiles();
        StringBuilder md = new StringBuilder("# Interrupted\n\nThis '" + kind + "' run was interrupted (Ctrl-C or a "
                + "stop signal) at " + Instant.now() + " before it finished. "
                + "The files below are complete; the others were never written. Run the command again for "
                + "the full results.\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<style>body{font-family:sans-serif;margin:1em}"
                + "li{overflow-wrap:anywhere}</style><title>"
                + "Interrupted</title></head><body><h1>Interrupted</h1><p>This '" + escape(kind)
                + "' run was interrupted before it finished. The files below are complete; run the command again for "
                + "the full results.</p><ul>");
        for (String file : written) {
            md.append("- ").append(file).append('\n');
            html.append("<li><a href=\"").append(escape(file)).append("\">").append(escape(file)).append("</a></li>");
        }
        OutputFolder.writeText(root, reportName + ".md", md.toString());
        OutputFolder.writeText(root, reportName + ".html", html.append("</ul></body></html>\n").toString());
        writeManifest("interrupted");
        release();
        System.err.println("initlab: interrupted; " + root.resolve(reportName + ".html")
                + " lists the complete files it left");
    }

    private void removeStale() {
        for (String file : previous) {
            if (!written.contains(file)) {
                deleteQuietly(root.resolve(file));
            }
        }
        for (String nested : nestedManifests(root)) {
            deleteQuietly(root.resolve(nested));
        }
    }

    private void removeTemporaryFiles() {
        String marker = ".tmp-" + ProcessHandle.current().pid() + "-";
        try (var files = Files.walk(root)) {
            files.filter(p -> p.getFileName().toString().startsWith(".") && p.getFileName().toString().contains(marker))
                    .forEach(OutputRun::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            // best effort while the process stops
        }
    }

    private void writeManifest(String state) {
        Manifest.write(root.resolve(MANIFEST), kind, state, new ArrayList<>(written));
    }

    private void release() {
        done = true;
        OPEN.remove(this);
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(lockChannel);
    }

    /** Files listed by manifests one folder down (a lesson run inside an {@code all} folder), relative to root. */
    private static Set<String> nestedFiles(Path root) {
        Set<String> files = new LinkedHashSet<>();
        for (String nested : nestedManifests(root)) {
            Path folder = root.resolve(nested).getParent();
            Manifest m = Manifest.read(root.resolve(nested));
            if (m != null) {
                m.files().forEach(f -> files.add(root.relativize(folder.resolve(f)).toString()));
            }
        }
        return files;
    }

    private static List<String> nestedManifests(Path root) {
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path folder : folders) {
                if (Files.isRegularFile(folder.resolve(MANIFEST))) {
                    found.add(root.relativize(folder.resolve(MANIFEST)).toString());
                }
            }
        } catch (IOException e) {
            // an unreadable folder has nothing of ours to clean
        }
        return found;
    }

    private static synchronized void installHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(OutputRun::interrupted),
                    "initlab-interrupted"));
            hookInstalled = true;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // a file we cannot delete stays; the manifest no longer lists it
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
