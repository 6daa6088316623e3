package org.initlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import examples.FirstNetwork;
import examples.Softsign;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.initlab.activation.Activation;
import org.initlab.activation.Relu;
import org.initlab.activation.Tanh;
import org.initlab.autograd.Tensor;
import org.initlab.cli.CliTestSupport;
import org.initlab.cli.PluginClasses;
import org.initlab.data.ToyData;
import org.initlab.init.Initializer;
import org.initlab.init.Initializers;
import org.initlab.init.XavierNormal;
import org.initlab.init.Zeros;
import org.initlab.io.NetworkFile;
import org.initlab.nn.Mlp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import solutions.HeNormalImpl;
import solutions.Swish;

/** The assignment loop: students' initializers and activations checked, networks saved and loaded, plug-ins. */
class CourseKitTest {
    @TempDir
    Path tmp;

    /** Variance 1/fanIn instead of 2/fanIn. */
    public static final class WrongVariance implements Initializer {
        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            for (int i = 0; i < fanIn * fanOut; i++) {
                w[i] = Math.sqrt(1.0 / fanIn) * random.nextGaussian();
            }
        }
    }

    /** Draws from its own unseeded generator. */
    public static final class IgnoresSeed implements Initializer {
        private final Random own = new Random();

        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            for (int i = 0; i < fanIn * fanOut; i++) {
                w[i] = Math.sqrt(2.0 / fanIn) * own.nextGaussian();
            }
        }
    }

    /** Divides by fanOut instead of fanIn. */
    public static final class UsesFanOut implements Initializer {
        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            for (int i = 0; i < fanIn * fanOut; i++) {
                w[i] = Math.sqrt(2.0 / fanOut) * random.nextGaussian();
            }
        }
    }

    /** Uniform with He's variance: right mean and variance, wrong shape. */
    public static final class UniformNotNormal implements Initializer {
        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            double b = Math.sqrt(6.0 / fanIn);
            for (int i = 0; i < fanIn * fanOut; i++) {
                w[i] = b * (2 * random.nextDouble() - 1);
            }
        }
    }

    /** tanh with the derivative 1 − a instead of 1 − a². */
    public static final class WrongTanh implements Activation {
        @Override
        public String name() {
            return "wrong-tanh";
        }

        @Override
        public double apply(double z) {
            return Math.tanh(z);
        }

        @Override
        public double derivative(double z, double a) {
            return 1 - a;
        }

        @Override
        public double gain() {
            return 5.0 / 3;
        }
    }

    private static Criterion criterion(List<Criterion> results, String startsWith) {
        return results.stream().filter(c -> c.name().startsWith(startsWith)).findFirst().orElseThrow();
    }

    private static List<String> failed(List<Criterion> results) {
        return results.stream().filter(c -> !c.passed()).map(Criterion::name).toList();
    }

    @Test
    void aRightInitializerPassesEveryCriterion() {
        List<Criterion> r = InitializerCheck.check(new HeNormalImpl(), Initializers.byName("he-normal"));
        assertThat(failed(r)).isEmpty();
        assertThat(r).hasSize(7);
        assertThat(criterion(r, "distribution shape").detail()).contains("p = ");
    }

    @Test
    void wrongInitializersFailOnTheRightCriterion() {
        Initializer he = Initializers.byName("he-normal");
        List<Criterion> half = InitializerCheck.check(new WrongVariance(), he);
        assertThat(failed(half)).containsExactly("variance", "distribution shape");
        assertThat(criterion(half, "variance").hint()).contains("the same factor 0.5");
        assertThat(failed(InitializerCheck.check(new IgnoresSeed(), he))).containsExactly("deterministic for a seed");
        List<Criterion> fanOut = InitializerCheck.check(new UsesFanOut(), he);
        assertThat(failed(fanOut)).contains("variance");
        assertThat(criterion(fanOut, "variance").detail()).contains("256×128").contains("ratio 2.0");
        assertThat(criterion(fanOut, "variance").hint()).contains("follows 1/fanOut where it should follow 1/fanIn");
        List<Criterion> uniform = InitializerCheck.check(new UniformNotNormal(), he);
        assertThat(failed(uniform)).containsExactly("distribution shape");
        assertThat(criterion(uniform, "distribution shape").hint()).contains("kurtosis 1.8").contains("drew a uniform");
        assertThat(failed(InitializerCheck.check(new UniformNotNormal(), Initializers.byName("he-uniform")))).isEmpty();
    }

    @Test
    void checkInitCommandExitsZeroOnlyWhenAllPass() {
        CliTestSupport.Run ok = CliTestSupport.run("check-init", "solutions.HeNormalImpl", "--as", "he-normal");
        assertThat(ok.status()).isZero();
        assertThat(ok.out()).contains("PASS  variance").contains("ALL 7 CRITERIA PASSED");
        CliTestSupport.Run bad = CliTestSupport.run("check-init", UsesFanOut.class.getName(), "--as", "he-normal");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.out()).contains("FAIL  variance");
        CliTestSupport.Run missing = CliTestSupport.run("check-init", "com.example.Nope", "--as", "he-normal");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.out()).contains("initializer class 'com.example.Nope' was not found on the class path")
                .contains("0 of 7 criteria passed (0 failed, 7 not run)");
        CliTestSupport.Run notInit = CliTestSupport.run("check-init", "java.lang.String", "--as", "he-normal");
        assertThat(notInit.out()).contains("does not implement org.initlab.init.Initializer");
    }

    @Test
    void checkActivationFindsAWrongDerivative() {
        assertThat(failed(ActivationCheck.check(new Swish()))).isEmpty();
        assertThat(failed(ActivationCheck.check(new Softsign()))).isEmpty();
        assertThat(failed(ActivationCheck.check(new Tanh()))).isEmpty();
        assertThat(failed(ActivationCheck.check(new Relu()))).isEmpty();
        assertThat(failed(ActivationCheck.check(new WrongTanh())))
                .containsExactly("derivative matches finite differences");
        CliTestSupport.Run bad = CliTestSupport.run("check-activation", WrongTanh.class.getName());
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.out()).contains("FAIL  derivative matches finite differences");
        CliTestSupport.Run swish = CliTestSupport.run("check-activation", "solutions.Swish", "--as", "swish");
        assertThat(swish.status()).isZero();
        assertThat(swish.out()).contains("PASS  values are z times sigmoid(z)").contains("ALL 5 CRITERIA PASSED");
        CliTestSupport.Run softsign = CliTestSupport.run("check-activation", "examples.Softsign", "--as", "swish");
        assertThat(softsign.status()).isEqualTo(1);
        assertThat(softsign.out()).contains("FAIL  values are z times sigmoid(z)").contains("4 of 5 criteria passed");
    }

    @Test
    void pluginClassesWorkWhereverABuiltInNameDoes() {
        assertThat(PluginClasses.initializer("solutions.HeNormalImpl")).isInstanceOf(HeNormalImpl.class);
        assertThat(PluginClasses.initializer("TopLevelInit").getClass().getName()).isEqualTo("TopLevelInit");
        assertThat(CliTestSupport.run("check-init", "TopLevelInit", "--as", "lecun-normal").status()).isZero();
        assertThatThrownBy(() -> PluginClasses.initializer("NoSuchInit"))
                .hasMessageContaining("'NoSuchInit' was not found");
        assertThat(PluginClasses.activation("examples.Softsign")).isInstanceOf(Softsign.class);
        assertThatThrownBy(() -> Initializers.byName("solutions.HeNormalImpl"))
                .as("the library knows built-in names only")
                .hasMessageStartingWith("unknown initializer 'solutions.henormalimpl'");
        CliTestSupport.Run lesson = CliTestSupport.run("lesson", "firstrun", "--quick", "--epochs", "1",
                "--init", "solutions.HeNormalImpl", "--out", tmp.resolve("l").toString());
        assertThat(lesson.status()).as(lesson.err()).isZero();
        assertThat(lesson.out()).contains("he-normal-impl");
        CliTestSupport.Run sample = CliTestSupport.run("sample", "solutions.HeNormalImpl", "--fan-in", "50",
                "--fan-out", "20");
        assertThat(sample.status()).isZero();
        CliTestSupport.Run probe = CliTestSupport.run("probe", "--activation", "solutions.Swish", "--init",
                "solutions.HeNormalImpl", "--depth", "3", "--width", "16", "--batch", "50",
                "--out", tmp.resolve("p").toString());
        assertThat(probe.status()).isZero();
        assertThat(tmp.resolve("p/layers.csv")).exists();
    }

    @Test
    void saveThenLoadGivesIdenticalOutputs() throws Exception {
        Mlp net = Mlp.uniform(2, 3, 8, 3, new Tanh()).initialize(new XavierNormal(1), new Zeros(), 3);
        Path file = tmp.resolve("net.txt");
        NetworkFile.save(net, file);
        Mlp loaded = NetworkFile.load(file);
        Tensor x = ToyData.spirals(50, 3, 0.1, 1).all().x();
        assertThat(loaded.forwardNoGrad(x).value().data).isEqualTo(net.forwardNoGrad(x).value().data);
        assertThat(loaded.toString()).isEqualTo(net.toString());

        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, 6));
        assertThatThrownBy(() -> NetworkFile.load(file))
                .hasMessageContaining("truncated — the file ends in layer 2 of 4");
        Mlp other = Mlp.uniform(2, 2, 8, 3, new Tanh());
        Files.write(file, lines);
        assertThatThrownBy(() -> NetworkFile.loadInto(other, file))
                .hasMessageContaining("holds a network 2 → 8 → 8 → 8 → 3 (tanh) "
                        + "but this network is 2 → 8 → 8 → 3 (tanh)");
        Files.writeString(file, "hello\n");
        assertThatThrownBy(() -> NetworkFile.load(file)).hasMessageContaining("is this an initlab network file?");
    }

    @Test
    void theExampleProgramRunsAndWritesItsReportAndNetwork() {
        FirstNetwork.main(new String[] {tmp.resolve("fn").toString()});
        assertThat(tmp.resolve("fn/report.html")).exists();
        assertThat(NetworkFile.load(tmp.resolve("fn/network.txt")).layers()).hasSize(11);
    }
}
