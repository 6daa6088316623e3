package org.initlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IDX and CSV files made here, valid and corrupt; the real Fashion-MNIST only where it is installed. */
class IdxAndCsvTest {
    @TempDir
    Path dir;

    static byte[] images(int count, int rows, int cols, int magic, int bytesToWrite) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        out.writeInt(magic);
        out.writeInt(count);
        out.writeInt(rows);
        out.writeInt(cols);
        for (int i = 0; i < bytesToWrite; i++) {
            out.writeByte(i % 256);
        }
        return b.toByteArray();
    }

    static byte[] labels(int count, int written) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        out.writeInt(0x801);
        out.writeInt(count);
        for (int i = 0; i < written; i++) {
            out.writeByte(i % 10);
        }
        return b.toByteArray();
    }

    static void gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }

    private void writeSet(int trainCount, int testCount) throws IOException {
        gzip(dir.resolve("train-images-idx3-ubyte.gz"), images(trainCount, 4, 3, 0x803, trainCount * 12));
        gzip(dir.resolve("train-labels-idx1-ubyte.gz"), labels(trainCount, trainCount));
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), images(testCount, 4, 3, 0x803, testCount * 12));
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), labels(testCount, testCount));
    }

    @Test
    void readsPlainAndGzippedFilesScaledToUnitInterval() throws IOException {
        writeSet(20, 5);
        TrainTest data = ImageDatasets.load("mnist", dir, 0, false);
        assertThat(data.train().size()).isEqualTo(20);
        assertThat(data.test().size()).isEqualTo(5);
        assertThat(data.train().featureCount()).isEqualTo(12);
        assertThat(data.train().feature(0, 1)).isEqualTo(1 / 255.0);
        assertThat(data.train().feature(1, 0)).isEqualTo(12 / 255.0);
        assertThat(data.train().label(3)).isEqualTo(3);
        TrainTest limited = ImageDatasets.load("mnist", dir, 7, false);
        assertThat(limited.train().size()).isEqualTo(7);
        TrainTest standardized = ImageDatasets.load("mnist", dir, 0, true);
        double[] stats = standardized.train().featureMeanAndStd();
        assertThat(stats[0]).isCloseTo(0, offset(1e-9));
        assertThat(stats[1]).isCloseTo(1, offset(1e-9));
    }

    @Test
    void corruptFilesGetErrorsNamingTheFileAndTheProblem() throws IOException {
        writeSet(20, 5);
        Path bad = dir.resolve("t10k-images-idx3-ubyte");
        Files.write(bad, images(5, 4, 3, 0x802, 60));
        assertThatThrownBy(() -> ImageDatasets.load("mnist", dir, 0, false))
                .hasMessage(bad + ": not an IDX image file (magic number 0x802, expected 0x803)");
        Files.write(bad, images(5, 4, 3, 0x803, 30));
        assertThatThrownBy(() -> ImageDatasets.load("mnist", dir, 0, false))
                .hasMessage(bad + ": truncated — images: "
                        + "the header says 5 images of 4×3 but the file ends after 30 of 60 bytes");
        Files.write(bad, new byte[] {0, 0, 8});
        assertThatThrownBy(() -> ImageDatasets.load("mnist", dir, 0, false))
                .hasMessageContaining("ends inside its header");
        Files.write(bad, images(6, 4, 3, 0x803, 72));
        assertThatThrownBy(() -> ImageDatasets.load("mnist", dir, 0, false))
                .hasMessageContaining("5 labels for 6 images");
        Files.write(bad, images(5, 0, 3, 0x803, 0));
        assertThatThrownBy(() -> ImageDatasets.load("mnist", dir, 0, false))
                .hasMessageContaining("impossible image dimensions");
    }

    @Test
    void missingFilesSayHowToGetThem() {
        assertThatThrownBy(() -> ImageDatasets.load("fashion-mnist", dir, 0, false))
                .hasMessageContaining("not found").hasMessageContaining("apt-get install dataset-fashion-mnist");
        assertThatThrownBy(() -> ImageDatasets.load("mnist", null, 0, false)).hasMessageContaining("needs --data-dir");
    }

    @Test
    void csvWithLabelByNameOrIndexAndBadRowsByLineNumber() throws IOException {
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "x,y,species\n1,2,setosa\n3,4.5,virginica\n\n5,6,setosa\n");
        Dataset d = CsvReader.read(csv, "species");
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.featureCount()).isEqualTo(2);
        assertThat(d.classes()).isEqualTo(2);
        assertThat(d.label(1)).isEqualTo(1);
        assertThat(d.feature(1, 1)).isEqualTo(4.5);
        assertThat(CsvReader.read(csv, "2").size()).isEqualTo(3);
        Files.writeString(csv, "x,y,label\n1,2,0\n3,abc,1\n");
        assertThatThrownBy(() -> CsvReader.read(csv, "label"))
                .hasMessage(csv + ": line 3, column 'y': 'abc' is not a number");
        Files.writeString(csv, "x,y,label\n1,2,0\n3,1\n");
        assertThatThrownBy(() -> CsvReader.read(csv, "label"))
                .hasMessage(csv + ": line 3 has 2 columns, the header has 3");
        assertThatThrownBy(() -> CsvReader.read(csv, "class")).hasMessageContaining("no column 'class'");
    }

    @Test
    void realFashionMnistWhereInstalled() {
        Assumptions.assumeTrue(ImageDatasets.fashionInstalled(), "Fashion-MNIST is not installed here");
        TrainTest data = ImageDatasets.load("fashion-mnist", null, 0, false);
        assertThat(data.train().size()).isEqualTo(60_000);
        assertThat(data.test().size()).isEqualTo(10_000);
        assertThat(data.train().featureCount()).isEqualTo(784);
        int[] counts = new int[10];
        for (int i = 0; i < data.test().size(); i++) {
            counts[data.test().label(i)]++;
        }
        assertThat(counts).containsOnly(1000);
    }
}
