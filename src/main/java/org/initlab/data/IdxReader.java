package org.initlab.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

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

    /** Returns the read images for the given arguments (see the class comment). */
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
                throw new IllegalArgumentException(file + ": impossible image dimensions " + count + " × " + rows + " × "
                        + cols);
            }
            int n = limit > 0 ? Math.min(limit, count) : count;
            byte[] pixels = new byte[n * rows * cols];
            readFully(in, pixels, file, "images: the header says " + count + " images of " + rows + "×" + cols);
            return new Images(n, rows, cols, pixels);
        } catch (EOFException e) {
            throw new IllegalArgumentException(file + ": truncated — the file ends inside its header");
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
            int n = limit > 0 ? Math.min(limit, count) : count;
            byte[] labels = new byte[n];
            readFully(in, labels, file, "labels: the header says " + count + " labels");
            return labels;
        } catch (EOFException e) {
            throw new IllegalArgumentException(file + ": truncated — the file ends inside its header");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static void readFully(DataInputStream in, byte[] target, Path file, String expected) throws IOException {
        int read = 0;
        while (read < target.length) {
            int r = in.read(target, read, target.length - read);
            if (r < 0) {
                throw new IllegalArgumentException(file + ": truncated — " + expected + " but the file ends after "
                        + read + " of " + target.length + " bytes");
            }
            read += r;
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
