package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --positive-fraction}: cuts the positives of a built-in 2-class set and refuses other data with one line. */
class PositiveFractionOptionTest {
    @TempDir
    Path tmp;

    @Test
    void theTrainingSetGetsTheRequestedShareOfPositives() {
        DataOptions options = new DataOptions();
        options.dataset = "circles";
        options.sizeOption = 2000;
        options.noiseOption = 0.05;
        options.positiveFraction = 0.05;
        var data = options.load(1);
        int positives = 0;
        int n = data.train().size() + data.test().size();
        for (int i = 0; i < data.train().size(); i++) {
            positives += data.train().label(i);
        }
        for (int i = 0; i < data.test().size(); i++) {
            positives += data.test().label(i);
        }
        assertThat((double) positives / n).isBetween(0.045, 0.055);
        assertThat(options.describe()).contains("0.05");
    }

    @Test
    void otherDataIsRefusedWithOneLine() {
        CliTestSupport.Run r = CliTestSupport.run("train", "--dataset", "csv", "--positive-fraction", "0.05",
                "--activation", "tanh", "--init", "xavier-normal", "--out", tmp.toString());
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("--positive-fraction works on the built-in 2-D sets");
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
    }
}
