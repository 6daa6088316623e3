package org.initlab.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates output folders, refusing with a clear message a path that is a file or cannot be written. */
public final class OutputFolder {
    private OutputFolder() {
    }

    /** Makes sure {@code folder} exists and is writable; returns it. */
    public static Path prepare(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("output folder " + folder + " is a file, not a folder; choose another --out");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the output folder " + folder + ": "
                    + describe(e) + "; choose another --out");
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("cannot write into the output folder " + folder
                    + " (permission denied); choose another --out");
        }
        return folder;
    }

    /** Writes a text file into a prepared folder. */
    public static Path writeText(Path folder, String name, String text) {
        prepare(folder);
        Path file = folder.resolve(name);
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + describe(e), e);
        }
        return file;
    }

    /** A short reason: "permission denied", "read-only file system", ... */
    public static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "a folder on the way does not exist or cannot hold folders";
        }
        if (e instanceof java.nio.file.FileSystemException && ((java.nio.file.FileSystemException) e).getReason() != null) {
            return ((java.nio.file.FileSystemException) e).getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
