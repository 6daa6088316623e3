package org.initlab.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Walks a gzip file member by member (RFC 1952: header, deflate data, 8-byte trailer) to find bytes after the last
 * member that are not another member. Java's {@code GZIPInputStream} silently ignores such bytes, so a file with
 * garbage appended (two files joined, a download with an error page at its end) would otherwise read as valid.
 */
final class GzipMembers {
    private GzipMembers() {
    }

    /** The offset of the first byte after the last gzip member that does not start another member, or −1 if none. */
    static long trailingGarbageOffset(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CountingSource in = new CountingSource(raw);
            while (true) {
                long start = in.position;
                int b1 = in.read();
                if (b1 < 0) {
                    return -1; // the file ends right after a member
                }
                int b2 = in.read();
                if (b1 != 0x1f || b2 != 0x8b) {
                    return start;
                }
                skipHeaderRest(in);
                inflateMember(in);
                in.skipExactly(8); // CRC-32 and length of the member (GZIPInputStream has checked them)
            }
        }
    }

    /** Skips the header after its two magic bytes: method, flags, mtime, xfl, os and the optional fields. */
    private static void skipHeaderRest(CountingSource in) throws IOException {
        in.read(); // compression method (8: deflate)
        int flags = in.read();
        in.skipExactly(6); // mtime, extra flags, operating system
        if ((flags & 4) != 0) { // FEXTRA
            int length = in.read() | in.read() << 8;
            in.skipExactly(length);
        }
        if ((flags & 8) != 0) { // FNAME, zero-terminated
            in.skipZeroTerminated();
        }
        if ((flags & 16) != 0) { // FCOMMENT, zero-terminated
            in.skipZeroTerminated();
        }
        if ((flags & 2) != 0) { // FHCRC
            in.skipExactly(2);
        }
    }

    /** Inflates one member's deflate data, handing back to {@code in} the bytes the inflater did not use. */
    private static void inflateMember(CountingSource in) throws IOException {
        Inflater inflater = new Inflater(true);
        byte[] input = new byte[1 << 16];
        byte[] output = new byte[1 << 16];
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    int n = in.readChunk(input);
                    if (n < 0) {
                        throw new IOException("the gzip data ends inside a member");
                    }
                    inflater.setInput(input, 0, n);
                }
                inflater.inflate(output);
                if (inflater.needsDictionary()) {
                    throw new IOException("the gzip data needs a preset dictionary");
                }
            }
            in.unread(input, inflater.getRemaining());
        } catch (DataFormatException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** A byte source that counts its position and can take back the unused tail of the last chunk. */
    private static final class CountingSource {
        private final InputStream in;
        private byte[] pushedBack = new byte[0];
        private int pushedBackPos;
        private int lastChunkLength;
        long position;

        CountingSource(InputStream in) {
            this.in = in;
        }

        int read() throws IOException {
            int b = pushedBackPos < pushedBack.length ? pushedBack[pushedBackPos++] & 0xff : in.read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        int readChunk(byte[] target) throws IOException {
            int n;
            if (pushedBackPos < pushedBack.length) {
                n = Math.min(target.length, pushedBack.length - pushedBackPos);
                System.arraycopy(pushedBack, pushedBackPos, target, 0, n);
                pushedBackPos += n;
            } else {
                n = in.read(target);
            }
            if (n > 0) {
                position += n;
            }
            lastChunkLength = Math.max(n, 0);
            return n;
        }

        /** Takes back the last {@code count} bytes of {@code chunk} (the inflater's unused input). */
        void unread(byte[] chunk, int count) {
            byte[] rest = new byte[count + pushedBack.length - pushedBackPos];
            System.arraycopy(chunk, lastChunkLength - count, rest, 0, count);
            System.arraycopy(pushedBack, pushedBackPos, rest, count, pushedBack.length - pushedBackPos);
            pushedBack = rest;
            pushedBackPos = 0;
            position -= count;
        }

        void skipExactly(long n) throws IOException {
            for (long i = 0; i < n; i++) {
                if (read() < 0) {
                    throw new IOException("the gzip data ends inside a member's header or trailer");
                }
            }
        }

        void skipZeroTerminated() throws IOException {
            int b;
            do {
                b = read();
            } while (b > 0);
            if (b < 0) {
                throw new IOException("the gzip data ends inside a member's header");
            }
        }
    }
}
