package org.initlab.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.initlab.io.MemoryBudget;

/**
 * Reads the IDX format of MNIST and Fashion-MNIST (plain or gzipped): a magic number {@code 0x00000803} (unsigned
 * bytes, 3 dimensions: count × rows × cols) for images or {@code 0x00000801} (1 dimension) for labels, then the
 * dimensions as big-endian 32-bit integers, then the bytes. Every problem (missing file, bad magic number, wrong
 * dimensions, a file shorter than its header says) is reported naming the file.
 */
public final class IdxReader {
    private IdxReader() {
    }

    /** Images as unsigned bytes, {@code count × rows × cols}, at most {@code limit} of them (≤ 0: all). */
    public record Images(int count, int rows, int cols, byte[] pixels) {
    }

    /** The images of an IDX image file (plain or .gz), at most {@code limit} of them (0: all), as bytes. */
    public static Images readImages(Path file, int limit) {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != 0x00000803) {
                throw new IllegalArgumentException(file + ": not an IDX image file (magic number 0x"
                        + Integer.toHexString(magic) + ", expected 0x803)");
            }
            int count = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (count < 0 || rows <= 0 || cols <= 0 || (long) rows * cols > 1 << 20) {
                throw new IllegalArgumentException(file + ": impossible image dimensions " + count + " × " + rows
                        + " × " + cols);
            }
            if (count == 0) {
                throw new IllegalArgumentException(file
                        + ": the header says 0 images; there is nothing to train or test on");
            }
            int n = limit > 0 ? Math.min(limit, count) : count;
            String expected = "images: the header says " + count + " images of " + rows + "×" + cols;
            long bytes = (long) n * rows * cols;
            refuseShortPlainFile(file, 16, (long) count * rows * cols, expected);
            MemoryBudget.requireDoubles(bytes, file.getFileName() + "'s " + n + " images");
            byte[] pixels = new byte[MemoryBudget.arrayLength(n, (long) rows * cols, file.getFileName() + "'s pixels")];
            readFully(in, pixels, file, expected);
            requireEnd(in, file, n == count, (long) count * rows * cols);
            return new Images(n, rows, cols, pixels);
        } catch (EOFException e) {
            throw new IllegalArgumentException(file + ": truncated — the file ends inside its header");
        } catch (ZipException e) {
            throw corruptGzip(file, e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Labels as bytes, at most {@code limit} of them (≤ 0: all). */
    public static byte[] readLabels(Path file, int limit) {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != 0x00000801) {
                throw new IllegalArgumentException(file + ": not an IDX label file (magic number 0x"
                        + Integer.toHexString(magic) + ", expected 0x801)");
            }
            int count = in.readInt();
            if (count < 0) {
                throw new IllegalArgumentException(file + ": impossible label count " + count);
            }
            if (count == 0) {
                throw new IllegalArgumentException(file
                        + ": the header says 0 labels; there is nothing to train or test on");
            }
            int n = limit > 0 ? Math.min(limit, count) : count;
            refuseShortPlainFile(file, 8, count, "labels: the header says " + count + " labels");
            byte[] labels = new byte[n];
            readFully(in, labels, file, "labels: the header says " + count + " labels");
            requireEnd(in, file, n == count, count);
            return labels;
        } catch (EOFException e) {
            throw new IllegalArgumentException(file + ": truncated — the file ends inside its header");
        } catch (ZipException e) {
            throw corruptGzip(file, e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** An uncompressed file shorter than its header promises is refused before anything is allocated. */
    private static void refuseShortPlainFile(Path file, long header, long dataBytes,
            String expected) throws IOException {
        if (!isGzip(file) && Files.size(file) < header + dataBytes) {
            throw new IllegalArgumentException(file + ": truncated — " + expected + " but the file ends after "
                    + Math.max(0, Files.size(file) - header) + " of " + dataBytes + " bytes");
        }
    }

    /**
     * After all the data the header promises, the file must end; reading to the end also makes a gzip stream check
     * its CRC-32 and length trailer, and a gzip file must hold nothing after its last member ({@link GzipMembers}).
     * Skipped when only the first {@code limit} examples were read.
     */
    private static void requireEnd(DataInputStream in, Path file, boolean readAll, long dataBytes) throws IOException {
        if (readAll && in.read() >= 0) {
            throw new IllegalArgumentException(file + ": " + (dataBytes) + " data bytes as its header says, then more "
                    + "bytes follow; the header's count is wrong or two files were joined");
        }
        if (readAll && isGzip(file)) {
            long garbage = GzipMembers.trailingGarbageOffset(file);
            if (garbage >= 0) {
                throw new IllegalArgumentException(file + ": " + (Files.size(file) - garbage)
                        + " bytes that are not gzip data follow the compressed data (from byte " + garbage
                        + "); the file was joined with something else or damaged: copy or download it again");
            }
        }
    }

    private static IllegalArgumentException corruptGzip(Path file, ZipException e) {
        return new IllegalArgumentException(file + ": the gzip data is corrupt (" + e.getMessage() + "); copy or "
                + "download the file again");
    }

    private static void readFully(DataInputStream in, byte[] target, Path file, String expected) throws IOException {
        int read = 0;
        while (read < target.length) {
            int r;
            try {
                r = in.read(target, read, target.length - read);
            } catch (EOFException e) {
                r = -1; // a gzip stream cut short ends inside the compressed data
            }
            if (r < 0) {
                throw new IllegalArgumentException(file + ": truncated — " + expected + " but the file ends after "
                        + read + " of " + target.length + " bytes");
            }
            read += r;
        }
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            raw = new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
        }
        return new DataInputStream(raw);
    }
}
