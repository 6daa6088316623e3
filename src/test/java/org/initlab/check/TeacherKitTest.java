package org.initlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teacher kit under lessons/assignments: each graded assignment has a handout naming the class and the self-check,
 * a starter that compiles but does not pass, and a rubric whose code points are exactly the grader's.
 */
class TeacherKitTest {
    private static final Path KIT = Path.of("lessons/assignments");

    @TempDir
    Path tmp;

    /** The rows "| criterion | points |" of the rubric's "## Code" section. */
    private static List<String[]> codeRows(Path rubric) throws Exception {
        List<String[]> rows = new ArrayList<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(rubric)) {
            if (line.startsWith("## ")) {
                inCode = line.startsWith("## Code");
            } else if (inCode && line.startsWith("| ") && !line.startsWith("| criterion")
                    && !line.startsWith("| ---")) {
                String[] cells = line.split("\\|");
                rows.add(new String[] {cells[1].trim(), cells[2].trim()});
            }
        }
        return rows;
    }

    @Test
    void everyGradedAssignmentHasAHandoutAStarterThatCompilesAndAMatchingRubric() throws Exception {
        for (Assignment a : Assignment.all()) {
            Path folder = KIT.resolve(a.name());
            String handout = Files.readString(folder.resolve("README.md"));
            assertThat(handout).contains("`" + a.className() + "`").contains(a.className() + ".java")
                    .contains("## Deliverables").contains("## Check yourself before handing in")
                    .contains("INITLAB_CLASSPATH=work/classes ./initlab check-");

            List<String[]> rows = codeRows(folder.resolve("rubric.md"));
            assertThat(rows.stream().map(r -> r[0]).toList()).as(a.name()).isEqualTo(a.plan().criteria());
            assertThat(rows.stream().map(r -> Double.parseDouble(r[1])).toList()).as(a.name()).isEqualTo(a.points());

            Path classes = tmp.resolve(a.name());
            SubmissionCompiler.Result compiled = SubmissionCompiler.compile(folder, classes);
            assertThat(compiled.compiled()).as(compiled.messages()).isTrue();
            assertThat(compiled.classNames()).containsExactly(a.className());
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    getClass().getClassLoader())) {
                Object starter = loader.loadClass(a.className()).getConstructor().newInstance();
                List<Criterion> results = Step.runAll(a.plan().steps(), starter);
                assertThat(results.stream().filter(c -> !c.passed()).count()).as(a.name() + " starter").isPositive();
            }
            // the build leaves the starters out of the jar: a starter class there would shadow the student's own
            assertThat(Path.of("target/classes", a.className() + ".class")).doesNotExist();
        }
        assertThat(KIT.resolve("course-claims/README.md")).exists();
        assertThat(KIT.resolve("course-claims/rubric.md")).exists();
    }
}
