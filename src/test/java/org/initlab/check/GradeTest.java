package org.initlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.initlab.cli.CliTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grade} on five submissions (src/test/resources/grading/he-normal): alice right; bob divides by fanOut; carol
 * does not compile; dave has alice's class names (HeNormalImpl and a helper Scale) with the helper's variance halved;
 * erin calls System.exit. Each is compiled and run on its own, so dave's Scale never replaces alice's.
 */
class GradeTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderOfFiveSubmissionsGivesTheExpectedCsvAndFeedback() throws Exception {
        Path submissions = Path.of(Objects.requireNonNull(getClass().getResource("/grading/he-normal")).toURI());
        Path out = tmp.resolve("graded");
        CliTestSupport.Run run = CliTestSupport.run("grade", submissions.toString(), "--assignment", "he-normal",
                "--out", out.toString(), "--time-limit", "5");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("grades.csv"))).isEqualTo("""
                student,points,max_points,writes its matrix with finite values,deterministic for a seed,\
                rows and columns differ,mean,variance,bounds,distribution shape,note
                alice,10,10,2,1,1,1,3,0,2,
                bob,5,10,2,1,1,1,0,0,0,
                carol,0,10,0,0,0,0,0,0,0,did not compile
                dave,5,10,2,1,1,1,0,0,0,
                erin,0,10,0,0,0,0,0,0,0,
                """);
        assertThat(run.out()).contains("carol                    0 of 10  (did not compile)");
        String carol = Files.readString(out.resolve("carol/feedback.md"));
        assertThat(carol).contains("**0 of 10 points.**").contains("HeNormalImpl.java:6: error: ';' expected");
        String bob = Files.readString(out.resolve("bob/feedback.md"));
        assertThat(bob).contains("| variance | FAIL | 0 of 3 |")
                .contains("follows 1/fanOut where it should follow 1/fanIn");
        assertThat(Files.readString(out.resolve("erin/feedback.md"))).contains("System.exit at HeNormalImpl.fill("
                + "HeNormalImpl.java:7)");
        assertThat(Files.readString(out.resolve("alice/results.json"))).contains("\"score\": 10,");
    }

    @Test
    void aSubmissionThatHandsTheWorkToTheBuiltInSchemeGetsNoPoints() throws Exception {
        Path submissions = Path.of(Objects.requireNonNull(getClass().getResource("/grading/he-normal-delegates"))
                .toURI());
        Path out = tmp.resolve("graded");
        CliTestSupport.Run run = CliTestSupport.run("grade", submissions.toString(), "--assignment", "he-normal",
                "--out", out.toString());
        assertThat(run.status()).isZero();
        assertThat(Files.readString(out.resolve("grades.csv"))).endsWith("\nfrank,0,10,0,0,0,0,0,0,0,\"uses "
                + "org.initlab.init.FanMode and org.initlab.init.HeNormal, "
                + "which the handout asks you to write yourself\"\n");
        assertThat(Files.readString(out.resolve("frank/feedback.md"))).contains("(the check alone: PASS)");
    }

    @Test
    void badArgumentsGetOneLine() {
        for (String verb : new String[] {"grade", "eval", "check-init", "check-activation", "check-statistic"}) {
            CliTestSupport.Run help = CliTestSupport.run(verb, "--help");
            assertThat(help.status()).isZero();
            assertThat(help.out()).startsWith("Usage: initlab " + verb);
        }
        CliTestSupport.Run unknown = CliTestSupport.run("grade", tmp.toString(), "--assignment", "z", "--out",
                tmp.resolve("o").toString());
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("initlab: unknown assignment 'z'; known: he-normal, swish, dead-units\n");
        CliTestSupport.Run empty = CliTestSupport.run("grade", tmp.toString(), "--assignment", "swish", "--out",
                tmp.resolve("../o").toString());
        assertThat(empty.err()).contains("holds no sub-folders");
        CliTestSupport.Run inside = CliTestSupport.run("grade", tmp.toString(), "--assignment", "swish", "--out",
                tmp.resolve("o").toString());
        assertThat(inside.err()).contains("is inside SUBMISSIONS_DIR");
    }
}
