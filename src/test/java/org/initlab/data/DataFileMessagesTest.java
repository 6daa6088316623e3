package org.initlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrupt IDX and CSV files: each gets a message naming the real cause. */
class DataFileMessagesTest {
    @TempDir
    Path dir;

    static byte[] gzipped(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void aGzipCutInsideThePixelsSaysHowFarItGot() throws IOException {
        byte[] whole = gzipped(IdxAndCsvTest.images(50, 10, 10, 0x803, 5000));
        Path cut = write("cut.gz", Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> IdxReader.readImages(cut, 0))
                .hasMessageStartingWith(cut + ": truncated — images: "
                        + "the header says 50 images of 10×10 but the file ends after ")
                .hasMessageEndingWith(" of 5000 bytes");
    }

    @Test
    void aBadGzipChecksumIsCaught() throws IOException {
        byte[] bytes = gzipped(IdxAndCsvTest.images(5, 4, 3, 0x803, 60));
        bytes[bytes.length - 6] ^= 0x55; // inside the CRC-32 of the trailer
        Path bad = write("bad.gz", bytes);
        assertThatThrownBy(() -> IdxReader.readImages(bad, 0))
                .hasMessageStartingWith(bad + ": the gzip data is corrupt (");
        assertThat(IdxReader.readImages(bad, 2).count()).as("with a limit only the first images are read").isEqualTo(2);
    }

    @Test
    void trailingBytesAfterTheDataAreRefused() throws IOException {
        Path plain = write("extra", IdxAndCsvTest.images(5, 4, 3, 0x803, 61));
        assertThatThrownBy(() -> IdxReader.readImages(plain, 0))
                .hasMessage(plain + ": 60 data bytes as its header says, then more bytes follow; "
                        + "the header's count is wrong or two files were joined");
        Path labels = write("labels.gz", gzipped(IdxAndCsvTest.labels(5, 7)));
        assertThatThrownBy(() -> IdxReader.readLabels(labels, 0)).hasMessageContaining("then more bytes follow");
    }

    @Test
    void bytesAppendedAfterTheGzipDataAreRefusedButASecondGzipMemberIsRead() throws IOException {
        byte[] zipped = gzipped(IdxAndCsvTest.images(5, 4, 3, 0x803, 60));
        byte[] withGarbage = Arrays.copyOf(zipped, zipped.length + 5);
        System.arraycopy("oops!".getBytes(StandardCharsets.US_ASCII), 0, withGarbage, zipped.length, 5);
        Path bad = write("garbage.gz", withGarbage);
        assertThatThrownBy(() -> IdxReader.readImages(bad, 0))
                .hasMessage(bad + ": 5 bytes that are not gzip data follow the compressed data "
                        + "(from byte " + zipped.length + "); the file was joined with something else or damaged: "
                        + "copy or download it again");
        // a file of two gzip members (as `cat a.gz b.gz` makes) is valid gzip: the header in the first, pixels in both
        byte[] whole = IdxAndCsvTest.images(5, 4, 3, 0x803, 60);
        byte[] first = gzipped(Arrays.copyOfRange(whole, 0, 40));
        byte[] second = gzipped(Arrays.copyOfRange(whole, 40, whole.length));
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        Path twoMembers = write("two-members.gz", joined);
        assertThat(IdxReader.readImages(twoMembers, 0).pixels()).isEqualTo(Arrays.copyOfRange(whole, 16, whole.length));
    }

    @Test
    void aHeaderClaimingMoreThanTheFileHoldsIsRefusedBeforeAllocating() throws IOException {
        Path plain = write("huge", IdxAndCsvTest.images(3_000_000, 28, 28, 0x803, 100));
        assertThatThrownBy(() -> IdxReader.readImages(plain, 0))
                .hasMessage(plain + ": truncated — images: the header says 3000000 images of 28×28 "
                        + "but the file ends after 100 of 2352000000 bytes");
        Path zipped = write("huge.gz", gzipped(IdxAndCsvTest.images(3_000_000, 28, 28, 0x803, 100)));
        assertThatThrownBy(() -> IdxReader.readImages(zipped, 0)).hasMessageContaining("3000000 images")
                .hasMessageNotContaining("NegativeArraySize");
    }

    @Test
    void zeroImagesOrLabelsAreRefused() throws IOException {
        Path none = write("none", IdxAndCsvTest.images(0, 28, 28, 0x803, 0));
        assertThatThrownBy(() -> IdxReader.readImages(none, 0))
                .hasMessage(none + ": the header says 0 images; there is nothing to train or test on");
        Path noLabels = write("nolabels", IdxAndCsvTest.labels(0, 0));
        assertThatThrownBy(() -> IdxReader.readLabels(noLabels, 0)).hasMessageContaining("the header says 0 labels");
    }

    @Test
    void oneExamplePerClassIsNamedAsTheCause() throws IOException {
        Path csv = Files.writeString(dir.resolve("ids.csv"), "x,label\n1,10\n2,11\n3,12\n4,13\n5,14\n");
        assertThatThrownBy(() -> CsvReader.read(csv, "label").split(0.25, 1))
                .hasMessage("split: no class has enough examples to put 25 % of them in the test set "
                        + "(5 examples in 5 classes, at most 1 per class: "
                        + "one example per class — is the label column a measurement rather than a class?)");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws IOException {
        Path csv = Files.writeString(dir.resolve("excel.csv"), "\uFEFFlabel,x\n0,1\n1,2\n");
        Dataset d = CsvReader.read(csv, "label");
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.feature(1, 0)).isEqualTo(2.0);
    }

    @Test
    void latin1AndBinaryFilesGetAClearMessage() throws IOException {
        Path latin = write("latin.csv", "x,label\n1,caf\u00e9\n2,b\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> CsvReader.read(latin, "label"))
                .hasMessage(latin + ": line 2 is not UTF-8 text (a Latin-1/Windows export or a binary file?); "
                        + "save the file as 'CSV UTF-8'");
        Path binary = write("data.bin", new byte[] {'x', ',', 'l', 'a', 'b', 'e', 'l', '\n', 0, 0, 0, 1, '\n'});
        assertThatThrownBy(() -> CsvReader.read(binary, "label"))
                .hasMessage(binary + ": line 2 holds a NUL byte: this is a binary file, not CSV text");
    }

    @Test
    void javaOnlyNumberSpellingsAreRejected() throws IOException {
        for (String cell : new String[] {"1.5d", "0x1p3", "2f", "1_000", " 1e3x"}) {
            Path csv = Files.writeString(dir.resolve("n.csv"), "x;label\n".replace(';', ',') + "\"" + cell
                    + "\",0\n1,1\n");
            assertThatThrownBy(() -> CsvReader.read(csv, "label")).as(cell)
                    .hasMessageContaining("'" + cell + "' is not a number");
        }
        Path fine = Files.writeString(dir.resolve("ok.csv"), "x,label\n-1.5e-3,0\n.25,1\n+7,0\n3.,1\n");
        assertThat(CsvReader.read(fine, "label").feature(1, 0)).isEqualTo(0.25);
    }
}
