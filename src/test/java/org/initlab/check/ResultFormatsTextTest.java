package org.initlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.initlab.check.Criterion.Status;
import org.junit.jupiter.api.Test;

/** The three report formats written out in full for one report with a pass, a failure and a criterion not run. */
class ResultFormatsTextTest {
    private static final double[] POINTS = {1.5, 2, 0.5};

    private static CheckReport mixed() {
        return new CheckReport("Student", CheckPlan.activation(), List.of(
                new Criterion("finite", Status.PASSED, "all <finite> & \u0001ok\tdone", ""),
                new Criterion("derivative", Status.FAILED, "off by 2\nrow", "check the sign"),
                new Criterion("bulk", Status.NOT_RUN, "stopped: time limit", "")), "hello\nworld\n", 10);
    }

    private static CheckReport allPassedSilently() {
        return new CheckReport("Student", CheckPlan.activation(),
                List.of(new Criterion("finite", Status.PASSED, "fine", "")), " \n", 2.5);
    }

    @Test
    void textListsEveryCriterionWhatTheCodePrintedAndThePoints() {
        assertThat(ResultFormats.TEXT.write(mixed(), POINTS)).isEqualTo("""
                Checking Student as an activation
                (in a separate JVM; time limit 10 s per criterion)
                  PASS  finite: all <finite> & \u0001ok\tdone
                  FAIL  derivative: off by 2
                          row
                          hint: check the sign
                  NOT RUN bulk: stopped: time limit
                Your code printed:
                  hello
                  world
                1 of 3 criteria passed (1 failed, 1 not run); points 1.5 of 4
                """);
    }

    @Test
    void textOfAFullPassSaysSoAndLeavesOutBlankOutput() {
        assertThat(ResultFormats.TEXT.write(allPassedSilently(), new double[] {2})).isEqualTo("""
                Checking Student as an activation
                (in a separate JVM; time limit 2.5 s per criterion)
                  PASS  finite: fine
                ALL 1 CRITERIA PASSED; points 2 of 2
                """);
    }

    @Test
    void jsonHasGradescopesShape() {
        assertThat(ResultFormats.JSON.write(mixed(), POINTS)).isEqualTo("""
                {
                  "score": 1.5,
                  "output": "Checking Student as an activation\\nYour code printed:\\nhello\\nworld\\n",
                  "tests": [
                    {"name": "finite", "score": 1.5, "max_score": 1.5, "status": "passed", \
                "output": "PASS: all <finite> & \\u0001ok\\tdone"},
                    {"name": "derivative", "score": 0, "max_score": 2, "status": "failed", \
                "output": "FAIL: off by 2\\nrow\\nhint: check the sign"},
                    {"name": "bulk", "score": 0, "max_score": 0.5, "status": "failed", \
                "output": "NOT RUN: stopped: time limit"}
                  ]
                }
                """);
    }

    @Test
    void jsonOfAFullPassWithoutOutput() {
        assertThat(ResultFormats.JSON.write(allPassedSilently(), new double[] {2})).isEqualTo("""
                {
                  "score": 2,
                  "output": "Checking Student as an activation",
                  "tests": [
                    {"name": "finite", "score": 2, "max_score": 2, "status": "passed", "output": "PASS: fine"}
                  ]
                }
                """);
    }

    @Test
    void junitCountsFailuresAndNotRunAsErrorsAndEscapesXml() {
        assertThat(ResultFormats.JUNIT.write(mixed(), POINTS)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="Student as an activation" tests="3" failures="1" errors="1" skipped="0">
                  <testcase classname="Student" name="finite">
                    <system-out>all &lt;finite&gt; &amp; ok\tdone</system-out>
                  </testcase>
                  <testcase classname="Student" name="derivative">
                    <failure message="off by 2">off by 2
                row
                hint: check the sign</failure>
                  </testcase>
                  <testcase classname="Student" name="bulk">
                    <error type="not run" message="stopped: time limit"/>
                  </testcase>
                  <system-out>hello
                world
                </system-out>
                </testsuite>
                """);
    }

    @Test
    void junitOfAFullPassHasNoFailuresAndNoOutput() {
        assertThat(ResultFormats.JUNIT.write(allPassedSilently(), new double[] {2})).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="Student as an activation" tests="1" failures="0" errors="0" skipped="0">
                  <testcase classname="Student" name="finite">
                    <system-out>fine</system-out>
                  </testcase>
                </testsuite>
                """);
    }

    @Test
    void scoreAddsThePointsOfPassedCriteriaOnly() {
        assertThat(ResultFormats.score(mixed(), POINTS)).isEqualTo(1.5);
        assertThat(ResultFormats.score(mixed(), new double[] {0, 2, 0.5})).isEqualTo(0);
    }

    @Test
    void wholeNumbersBelow1e15AreWrittenWithoutADecimalPoint() {
        assertThat(ResultFormats.num(3)).isEqualTo("3");
        assertThat(ResultFormats.num(-3)).isEqualTo("-3");
        assertThat(ResultFormats.num(2.25)).isEqualTo("2.25");
        assertThat(ResultFormats.num(999_999_999_999_999.0)).isEqualTo("999999999999999");
        assertThat(ResultFormats.num(1e15)).isEqualTo("1.0E15");
        assertThat(ResultFormats.num(-1e15)).isEqualTo("-1.0E15");
    }
}
