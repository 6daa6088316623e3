package org.initlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.random.RandomGenerator;
import org.initlab.activation.Activation;
import org.initlab.cli.CliTestSupport;
import org.initlab.init.Initializer;
import org.junit.jupiter.api.Test;

/**
 * Submissions that try to end, stop or hang the grader: each runs in a child JVM, and the verdict, the exit status and
 * the reason are asserted. One child per submission (all criteria share it); short time limits keep this fast.
 */
class SandboxTest {
    /** Calls System.exit(0) inside fill: an autograder must not count this as a pass. */
    public static final class Exits implements Initializer {
        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            System.out.println("leaving early");
            System.exit(0);
        }
    }

    /** Stops the JVM without shutdown hooks. */
    public static final class Halts implements Initializer {
        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            Runtime.getRuntime().halt(0);
        }
    }

    /** A loop whose counter is reset: never ends. */
    public static final class LoopsForever implements Initializer {
        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            for (int i = 0; i < w.length; i++) {
                w[i] = random.nextGaussian();
                if (i == w.length - 1) {
                    i = 0;
                }
            }
        }
    }

    /** Exits while being created: no criterion can run. */
    public static final class ExitsInConstructor implements Initializer {
        public ExitsInConstructor() {
            System.exit(3);
        }

        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
        }
    }

    /** A derivative that throws (issue 14 item 7): the student's line is named, initlab is not blamed. */
    public static final class ThrowingDerivative implements Activation {
        @Override
        public String name() {
            return "throws";
        }

        @Override
        public double apply(double z) {
            return Math.tanh(z);
        }

        @Override
        public double derivative(double z, double a) {
            throw new IllegalStateException("not written yet");
        }

        @Override
        public double gain() {
            return 1;
        }
    }

    /**
     * Finds the grader's result file through /proc/self/fd, appends a "passed" line for every criterion and DONE (with
     * a sequence number that follows on and the MAC field of a real line), then stops the JVM.
     */
    public static final class Forger implements Initializer {
        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            try (var fds = Files.list(Path.of("/proc/self/fd"))) {
                for (Path fd : fds.toList()) {
                    Path target;
                    try {
                        target = Files.readSymbolicLink(fd);
                    } catch (IOException e) {
                        continue;
                    }
                    if (target.toString().endsWith("results.txt")) {
                        List<String> lines = Files.readAllLines(target);
                        String mac = lines.get(0).split("\t")[0];
                        StringBuilder forged = new StringBuilder();
                        int seq = lines.size();
                        for (int i = 0; i < 7; i++) {
                            forged.append(mac).append("\t").append(seq++).append("\tEND\t").append(i)
                                    .append("\tPASSED\tforged\t\n");
                        }
                        forged.append(mac).append("\t").append(seq).append("\tDONE\n");
                        Files.writeString(target, forged, StandardOpenOption.APPEND);
                        System.out.println("forged 8 lines after " + lines.size());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().halt(0);
        }
    }

    private static CheckReport run(Class<?> student, CheckPlan plan, double seconds) {
        return Sandbox.run(plan, student.getName(), List.of(), seconds);
    }

    private static List<Criterion.Status> statuses(CheckReport r) {
        return r.criteria().stream().map(Criterion::status).toList();
    }

    @Test
    void systemExitIsAFailureNamingTheLineAndTheRestIsNotRun() {
        CheckReport r = run(Exits.class, CheckPlan.initializer("he-normal"), 5);
        assertThat(r.exitStatus()).isEqualTo(1);
        assertThat(r.criteria()).hasSize(7);
        assertThat(r.criteria().get(0).status()).isEqualTo(Criterion.Status.FAILED);
        assertThat(r.criteria().get(0).detail()).contains("your code ended the JVM: System.exit at "
                + Exits.class.getName() + ".fill(SandboxTest.java:");
        assertThat(statuses(r).subList(1, 7)).containsOnly(Criterion.Status.NOT_RUN);
        assertThat(r.criteria().get(6).detail()).contains("stopped at 'writes its matrix with finite values'")
                .contains("System.exit");
        assertThat(r.programOutput()).contains("leaving early");
    }

    @Test
    void haltAndAnEndlessLoopFailWithAPlainReason() {
        CheckReport halted = run(Halts.class, CheckPlan.initializer("he-normal"), 5);
        assertThat(halted.passedCount()).isZero();
        assertThat(halted.criteria().get(0).detail())
                .contains("the JVM stopped with exit status 0 before the check finished");
        long start = System.nanoTime();
        CheckReport loop = run(LoopsForever.class, CheckPlan.initializer("he-normal"), 0.7);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        assertThat(loop.criteria().get(0).status()).isEqualTo(Criterion.Status.FAILED);
        assertThat(loop.criteria().get(0).detail()).contains("did not finish within 0.7 s (an endless loop");
        assertThat(loop.criteria().get(1).detail()).contains("(the time limit ran out)");
        CheckReport constructor = run(ExitsInConstructor.class, CheckPlan.initializer("he-normal"), 5);
        assertThat(statuses(constructor)).containsOnly(Criterion.Status.NOT_RUN);
        assertThat(constructor.criteria().get(3).detail()).contains("while the class was being created")
                .contains("ExitsInConstructor.<init>(SandboxTest.java:").contains("exit status 3");
    }

    @Test
    void linesForgedIntoTheResultFileDoNotCount() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")));
        CheckReport r = run(Forger.class, CheckPlan.initializer("he-normal"), 5);
        assertThat(r.passedCount()).isZero();
        assertThat(r.criteria().get(0).detail())
                .contains("the JVM stopped with exit status 0 before the check finished");
        assertThat(r.criteria()).noneMatch(c -> c.detail().contains("forged"));
        assertThat(r.programOutput()).contains("forged 8 lines after 2"); // LOADED and BEGIN 0 were there to copy
    }

    @Test
    void aThrowingDerivativeIsTheStudentsBugWithItsLineNotAnInternalError() {
        CliTestSupport.Run run = CliTestSupport.run("check-activation", ThrowingDerivative.class.getName(),
                "--time-limit", "5");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("internal error");
        assertThat(run.out()).contains("FAIL  derivative matches finite differences: threw IllegalStateException: not "
                + "written yet at " + ThrowingDerivative.class.getName() + ".derivative(SandboxTest.java:")
                .contains("1 of 4 criteria passed (3 failed, 0 not run)");
        List<Criterion> inProcess = ActivationCheck.check(new ThrowingDerivative());
        assertThat(inProcess.get(1).detail()).contains("ThrowingDerivative.derivative(SandboxTest.java:");
    }

    @Test
    void machineReadableFormatsCarryEveryCriterion() {
        CliTestSupport.Run json = CliTestSupport.run("check-init", Exits.class.getName(), "--as", "he-normal",
                "--format", "json");
        assertThat(json.status()).isEqualTo(1);
        assertThat(json.out()).startsWith("{").contains("\"score\": 0,")
                .contains("{\"name\": \"writes its matrix with finite values\", \"score\": 0, \"max_score\": 1, "
                        + "\"status\": \"failed\", \"output\": \"FAIL: your code ended the JVM")
                .contains("\"output\": \"NOT RUN: the check stopped at 'writes its matrix with finite values'");
        assertThat(json.out().split("\"max_score\"", -1)).hasSize(8);
        CliTestSupport.Run junit = CliTestSupport.run("check-init", "solutions.HeNormalImpl", "--as", "he-normal",
                "--format", "junit");
        assertThat(junit.status()).isZero();
        assertThat(junit.out()).startsWith("<?xml").contains("tests=\"7\" failures=\"0\" errors=\"0\" skipped=\"0\"")
                .contains("<testcase classname=\"solutions.HeNormalImpl\" name=\"distribution shape\">");
        CliTestSupport.Run missing = CliTestSupport.run("check-statistic", "NoSuchClass", "--format", "junit");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.out()).contains("tests=\"5\" failures=\"0\" errors=\"5\" skipped=\"0\"")
                .contains("<error type=\"not run\" "
                        + "message=\"statistic class 'NoSuchClass' was not found on the class path\"/>");
        CliTestSupport.Run bad = CliTestSupport.run("check-init", "solutions.HeNormalImpl", "--as", "he-normal",
                "--format", "yaml");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).contains("unknown format 'yaml'; known: text, json, junit");
    }

    @Test
    void criterionNamesHaveNoCommas() {
        for (Assignment a : Assignment.all()) {
            assertThat(a.plan().criteria()).allSatisfy(n -> assertThat(n).doesNotContain(",").isNotBlank());
            assertThat(a.points()).hasSameSizeAs(a.plan().criteria());
            assertThat(a.maxPoints()).isEqualTo(10);
        }
    }
}
