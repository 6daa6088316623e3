package org.initlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.initlab.activation.Activation;
import org.initlab.activation.Sigmoid;
import org.initlab.init.ComponentNames;
import org.initlab.init.InitParams;
import org.initlab.init.Initializer;
import org.initlab.init.Ones;
import org.junit.jupiter.api.Test;

/** The page's settings: the defaults, every limit at its edge, and the exact message of every refusal. */
class LabSettingsTest {
    static LabSettings parse(String query) {
        return LabSettings.parse(Query.parse(query), ComponentNames.BUILT_IN);
    }

    static void assertRefused(String query, String message) {
        assertThatThrownBy(() -> parse(query)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void anEmptyQueryGivesTheDocumentedDefaults() {
        LabSettings s = parse("");
        assertThat(s.activationName()).isEqualTo("tanh");
        assertThat(s.activation().name()).isEqualTo("tanh");
        assertThat(s.initName()).isEqualTo("xavier-normal");
        assertThat(s.initializer().name()).isEqualTo("xavier-normal");
        assertThat(s.initParams()).isEmpty();
        assertThat(new int[] {s.depth(), s.width(), s.batch(), s.minibatch(), s.epochs()})
                .containsExactly(10, 128, 500, 32, 30);
        assertThat(s.dataset()).isEqualTo("circles");
        assertThat(s.optimizerName()).isEqualTo("sgd");
        assertThat(s.learningRate()).isEqualTo(0.1);
        assertThat(s.seed()).isEqualTo(1L);
        assertThat(s.initSpec()).isEqualTo("xavier-normal");
    }

    @Test
    void blankValuesMeanTheDefaultAndValuesAreTrimmed() {
        LabSettings blank = parse("activation=%20&init=&depth=%20&width=&batch=&dataset=&optimizer=&lr=%20"
                + "&minibatch=&epochs=&seed=%20&std=%20");
        assertThat(blank.activationName()).isEqualTo("tanh");
        assertThat(blank.initName()).isEqualTo("xavier-normal");
        assertThat(new int[] {blank.depth(), blank.width(), blank.batch(), blank.minibatch(), blank.epochs()})
                .containsExactly(10, 128, 500, 32, 30);
        assertThat(blank.learningRate()).isEqualTo(0.1);
        assertThat(blank.seed()).isEqualTo(1L);
        assertThat(blank.initParams()).isEmpty();

        LabSettings padded = parse("activation=+relu+&init=+normal+&std=+0.5+&depth=+7+&width=+9+&batch=+11+"
                + "&dataset=+Moons+&optimizer=+Adam+&lr=+0.25+&minibatch=+13+&epochs=+0+&seed=+-42+");
        assertThat(padded.activationName()).isEqualTo("relu");
        assertThat(padded.activation().name()).isEqualTo("relu");
        assertThat(padded.initName()).isEqualTo("normal");
        assertThat(padded.initParams()).containsExactly(entry("std", "0.5"));
        assertThat(padded.initializer().describe()).isEqualTo("N(0, 0.5²), std 0.5");
        assertThat(new int[] {padded.depth(), padded.width(), padded.batch(), padded.minibatch(), padded.epochs()})
                .containsExactly(7, 9, 11, 13, 0);
        assertThat(padded.dataset()).isEqualTo("moons");
        assertThat(padded.optimizerName()).isEqualTo("adam");
        assertThat(padded.learningRate()).isEqualTo(0.25);
        assertThat(padded.seed()).isEqualTo(-42L);
    }

    @Test
    void theInitSpecListsTheParametersInTheLabsOrderAsTheCommandLineTakesThem() {
        LabSettings s = parse("init=he-normal&slope=0.2&mode=fan-out");
        assertThat(s.initSpec()).isEqualTo("he-normal:mode=fan-out,slope=0.2");
        assertThat(s.initParams()).containsExactly(entry("mode", "fan-out"), entry("slope", "0.2"));
    }

    @Test
    void everyRunGetsAFreshOptimizerOfTheChosenKind() {
        LabSettings s = parse("optimizer=momentum&lr=0.5");
        assertThat(s.optimizer().name()).isEqualTo("momentum(lr=0.5, mu=0.9)");
        assertThat(s.optimizer()).isNotSameAs(s.optimizer());
    }

    @Test
    void unknownParametersAreRefusedWithTheListOfKnownOnes() {
        assertRefused("file=/etc/passwd", "unknown parameter 'file'; the lab takes: activation, init, depth, width, "
                + "batch, dataset, optimizer, lr, minibatch, epochs, seed, page and the initializer's mean, std, low, "
                + "high, value, cut, gain, mode, slope, scale, distribution, fraction, tolerance, max-iterations");
        // every known name passes the check, lab settings and initializer parameters alike
        assertThat(parse("page=x&depth=2").depth()).isEqualTo(2);
        assertThat(parse("init=uniform&low=-1&high=2").initSpec()).isEqualTo("uniform:low=-1,high=2");
    }

    @Test
    void sizesAreWholeNumbersWithinTheirLimitsInclusive() {
        LabSettings largest = parse("depth=50&width=200&batch=1&minibatch=500&epochs=300");
        assertThat(new int[] {largest.depth(), largest.width(), largest.minibatch(), largest.epochs()})
                .containsExactly(50, 200, 500, 300);
        assertThat(parse("depth=1&width=512&batch=1000").width()).isEqualTo(512);
        assertThat(parse("depth=1&width=1&batch=1&minibatch=1&epochs=0").batch()).isEqualTo(1);
        String why = " (so that one request cannot exhaust the server's memory)";
        assertRefused("depth=51", "depth 51 is more than the lab's limit of 50" + why);
        assertRefused("width=513", "width 513 is more than the lab's limit of 512" + why);
        assertRefused("batch=1001", "batch 1001 is more than the lab's limit of 1000" + why);
        assertRefused("minibatch=501", "minibatch 501 is more than the lab's limit of 500" + why);
        assertRefused("epochs=301", "epochs 301 is more than the lab's limit of 300" + why);
        assertRefused("batch=99999999999", "batch 99999999999 is more than the lab's limit of 1000" + why);
        assertRefused("depth=0", "depth must be at least 1, got 0");
        assertRefused("width=-3", "width must be at least 1, got -3");
        assertRefused("minibatch=0", "minibatch must be at least 1, got 0");
        assertRefused("epochs=-1", "epochs must be at least 0, got -1");
        assertRefused("depth=1.5", "depth must be a whole number, got '1.5'");
        assertRefused("width=%201e2", "width must be a whole number, got ' 1e2'");
    }

    @Test
    void theProbeIsCappedAtFiveMillionOneHundredTwentyThousandValuesPerQuantity() {
        LabSettings atLimit = parse("depth=20&width=256&batch=1000");
        assertThat((long) atLimit.depth() * atLimit.width() * atLimit.batch()).isEqualTo(LabSettings.MAX_PROBE_CELLS);
        assertRefused("depth=21&width=256&batch=1000", "depth × width × batch = 21 × 256 × 1000 is more than the lab's "
                + "limit of 5,120,000 values per layer quantity; make one of them smaller (or use 'initlab probe', "
                + "which has no limit)");
        assertRefused("depth=50&width=512&batch=1000", "depth × width × batch = 50 × 512 × 1000 is more than the "
                + "lab's limit of 5,120,000 values per layer quantity; make one of them smaller (or use 'initlab "
                + "probe', which has no limit)");
    }

    @Test
    void namesAreAtMostOneHundredCharacters() {
        assertRefused("activation=" + "a".repeat(101), "activation is 101 characters long; at most 100 are accepted");
        assertRefused("dataset=" + "d".repeat(101), "dataset is 101 characters long; at most 100 are accepted");
        // 100 passes the length check and meets the dataset check
        assertRefused("dataset=" + "d".repeat(100), "dataset '" + "d".repeat(100) + "' is not one of the lab's "
                + "2-D sets: circles, moons, spirals, xor, blobs");
    }

    @Test
    void theLearningRateIsAPositiveFiniteNumber() {
        assertThat(parse("lr=1e-300").learningRate()).isEqualTo(1e-300);
        assertRefused("lr=0", "lr must be a positive number, got 0");
        assertRefused("lr=-1", "lr must be a positive number, got -1");
        assertRefused("lr=NaN", "lr must be a positive number, got NaN");
        assertRefused("lr=Infinity", "lr must be a positive number, got Infinity");
        assertRefused("lr=fast", "lr must be a number, got 'fast'");
        assertRefused("optimizer=rmsprop", "unknown optimizer 'rmsprop'; known: sgd, momentum, nesterov, adam");
    }

    @Test
    void theSeedIsAnyLong() {
        assertThat(parse("seed=9223372036854775807").seed()).isEqualTo(Long.MAX_VALUE);
        assertThat(parse("seed=0").seed()).isZero();
        assertRefused("seed=one", "seed must be a whole number, got 'one'");
        assertRefused("seed=1.0", "seed must be a whole number, got '1.0'");
    }

    @Test
    void classNamesAreRefusedUnlessTheNamesLoadClasses() {
        assertRefused("init=com.example.MyInit", "init 'com.example.MyInit' looks like a class name; the lab loads "
                + "your own classes only when started with 'initlab serve --allow-classes'");
        assertRefused("activation=MyAct", "activation 'MyAct' looks like a class name; the lab loads your own "
                + "classes only when started with 'initlab serve --allow-classes'");
        LabSettings s = LabSettings.parse(Query.parse("activation=MyAct&init=com.example.MyInit"), new Students());
        assertThat(s.activation().name()).isEqualTo("sigmoid");
        assertThat(s.initializer().name()).isEqualTo("ones");
        assertThat(s.initName()).isEqualTo("com.example.MyInit");
    }

    @Test
    void theQueryMapIsOnlyRead() {
        Map<String, String> query = new LinkedHashMap<>(Map.of("depth", "3", "std", "0.5", "init", "normal"));
        Map<String, String> before = new HashMap<>(query);
        LabSettings.parse(query, ComponentNames.BUILT_IN);
        assertThat(query).isEqualTo(before);
    }

    /** Names that load "students' classes": MyAct is a sigmoid, com.example.MyInit fills ones. */
    private static final class Students implements ComponentNames {
        @Override
        public Activation activation(String spec) {
            return spec.equals("MyAct") ? new Sigmoid() : BUILT_IN.activation(spec);
        }

        @Override
        public Initializer initializer(String spec) {
            return spec.equals("com.example.MyInit") ? new Ones() : BUILT_IN.initializer(spec);
        }

        @Override
        public Initializer initializer(String name, InitParams params) {
            return name.equals("com.example.MyInit") ? new Ones() : BUILT_IN.initializer(name, params);
        }

        @Override
        public boolean loadsClasses() {
            return true;
        }
    }
}
