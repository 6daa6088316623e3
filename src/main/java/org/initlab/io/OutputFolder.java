package org.initlab.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creates output folders, refusing with a clear message a path that is a file or cannot be written, and writes files
 * into them atomically. Every writer of initlab's outputs goes through {@link #write}.
 */
public final class OutputFolder {
    private static final AtomicLong TEMP_COUNTER = new AtomicLong();

    private OutputFolder() {
    }

    /** Makes sure {@code folder} exists and is writable; returns it. A refusal ends with "choose another --out". */
    public static Path prepare(Path folder) {
        if (folder.toString().isBlank()) {
            throw new IllegalArgumentException("the output folder's name is empty; "
                    + "choose an --out such as --out runs/first");
        }
        return prepare(folder, "choose another --out");
    }

    /**
     * {@link #prepare(Path)} for a folder the user named some other way: a refusal ends with {@code remedy} (e.g.
     * "start initlab serve with another --save-dir").
     */
    public static Path prepare(Path folder, String remedy) {
        if (folder.toString().isBlank()) {
            throw new IllegalArgumentException("the output folder's name is empty; " + remedy);
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("output folder " + folder + " is a file, not a folder; " + remedy);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the output folder " + folder + ": "
                    + describe(e) + "; " + remedy);
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("cannot write into the output folder " + folder
                    + " (permission denied); " + remedy);
        }
        return folder;
    }

    /** What goes into a file: writes its bytes to {@code out} (not closed by it). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What goes into a text file: writes UTF-8 text to {@code out} (not closed by it). */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes a UTF-8 text file into {@code folder} atomically (see {@link #write}). */
    public static Path writeText(Path folder, String name, String text) {
        return writeText(folder.resolve(name), out -> out.write(text));
    }

    /** Writes UTF-8 text into {@code file} atomically (see {@link #write}). */
    public static Path writeText(Path file, TextContent content) {
        return write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        });
    }

    /**
     * Writes {@code file} atomically: the content goes to a temporary file in the same folder, which is forced to disk
     * and then renamed over {@code file} in one step ({@link StandardCopyOption#ATOMIC_MOVE}). A reader, a crash or
     * Ctrl-C therefore sees the old file or the new one, never a torn one. The file is recorded in the
     * {@link OutputRun} that holds its folder, if one is open.
     *
     * @throws UncheckedIOException naming the file and the reason
     */
    public static Path write(Path file, Content content) {
        Path parent = file.toAbsolutePath().getParent();
        prepare(parent);
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + " is a folder; give a file name");
        }
        Path temp = parent.resolve("." + file.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-"
                + TEMP_COUNTER.incrementAndGet());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is hidden and named as such; nothing more to do
            }
            throw new UncheckedIOException("cannot write " + file + ": " + describe(e), e);
        }
        OutputRun.recordWritten(file);
        return file;
    }

    /** A short reason: "permission denied", "read-only file system", ... */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "a folder on the way does not exist or cannot hold folders";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
