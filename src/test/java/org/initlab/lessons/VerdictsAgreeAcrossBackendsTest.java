package org.initlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import course.Course;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.initlab.fast.Kernels;
import org.initlab.lesson.Lesson;
import org.initlab.lesson.LessonOptions;
import org.initlab.lesson.LessonSkipped;
import org.initlab.fast.ArithmeticRestored;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A lesson's conclusions must not depend on the last bits of rounding: each lesson's --quick configuration runs on
 * the pure-Java products and on OpenBLAS, and its verdict lines (the conclusions with every number masked) must
 * be the same words. A verdict that flips between backends is a claim the lesson must not make.
 */
@ExtendWith(ArithmeticRestored.class)
class VerdictsAgreeAcrossBackendsTest {
    private static final Pattern NUMBER = Pattern.compile("[-+−]?\\d[\\d.,·⁰¹²³⁴⁵⁶⁷⁸⁹⁻eE+−-]*");

    @TempDir
    Path tmp;

    static List<String> lessons() {
        return Course.lessons().stream().map(Lesson::name).toList();
    }

    private List<String> verdicts(Lesson lesson, String backend) {
        Kernels.select(backend, false);
        List<String> findings = lesson.run(LessonOptions.quick(tmp.resolve(backend)),
                new PrintStream(new ByteArrayOutputStream())).findings();
        return findings.stream().map(line -> NUMBER.matcher(line).replaceAll("#")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void verdictLinesAreTheSameOnThePureJavaAndTheOpenblasBackend(String name) {
        Assumptions.assumeTrue(Kernels.nativeAvailable(), "OpenBLAS does not load here: only one backend to run");
        Lesson lesson = Course.byName(name);
        List<String> java;
        try {
            java = verdicts(lesson, "java");
        } catch (LessonSkipped e) {
            Assumptions.abort(e.getMessage());
            return;
        }
        List<String> openblas = verdicts(lesson, "openblas");
        assertThat(openblas).as(name + ": verdicts on OpenBLAS vs pure Java").isEqualTo(java);
        assertThat(java).isNotEmpty();
    }
}
