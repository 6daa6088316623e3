package org.initlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import course.Course;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.initlab.lesson.Lesson;
import org.junit.jupiter.api.Test;

/**
 * {@link Course} is the one place a lesson is registered; everything else that names the lessons is checked
 * against it here: the course table in {@code lessons/README.md}, the lesson folders, and the claim tests.
 */
class CourseRegistrationTest {
    private static final Path LESSONS = Path.of("lessons");
    /** Folders of lessons/ that hold no lesson: the registry itself, handouts, and the example program. */
    private static final Set<String> NOT_LESSONS = Set.of("course", "assignments", "examples");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| (\\d+) \\| \\[`([a-z0-9]+)`]\\(([^)]+)\\) \\|");

    private static List<String> registered() {
        return Course.lessons().stream().map(Lesson::name).toList();
    }

    @Test
    void theReadmeTableListsExactlyTheCourseInOrder() throws IOException {
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(LESSONS.resolve("README.md"))) {
            Matcher row = TABLE_ROW.matcher(line);
            if (row.find()) {
                assertThat(Integer.parseInt(row.group(1))).as("number of the row for %s", row.group(2))
                        .isEqualTo(rows.size());
                assertThat(row.group(3)).as("link of %s", row.group(2)).isEqualTo(row.group(2) + "/README.md");
                rows.add(row.group(2));
            }
        }
        assertThat(rows).as("the lessons in lessons/README.md's table, against course.Course.lessons()")
                .containsExactlyElementsOf(registered());
    }

    @Test
    void everyLessonFolderIsRegisteredAndEveryLessonHasItsFolder() throws IOException {
        Set<String> folders = new TreeSet<>();
        try (Stream<Path> children = Files.list(LESSONS)) {
            children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !NOT_LESSONS.contains(name)).forEach(folders::add);
        }
        assertThat(folders).as("folders under lessons/ (a lesson folder missing from Course, or a stale one)")
                .containsExactlyInAnyOrderElementsOf(registered());
        for (Lesson lesson : Course.lessons()) {
            assertThat(lesson.getClass().getPackageName()).as("package of " + lesson.name()).isEqualTo(lesson.name());
            assertThat(LESSONS.resolve(lesson.name()).resolve("README.md")).as(lesson.name() + "'s text").exists();
        }
    }

    @Test
    void everyLessonHasAClaimTestOnItsQuickConfiguration() throws IOException {
        Set<String> tested = new TreeSet<>();
        Pattern call = Pattern.compile("\\brun\\(\"([a-z0-9]+)\"\\)");
        for (String test : List.of("LessonClaimsTest.java", "NewLessonClaimsTest.java")) {
            Matcher m = call.matcher(Files.readString(Path.of("src/test/java/org/initlab/lessons", test)));
            while (m.find()) {
                tested.add(m.group(1));
            }
        }
        assertThat(tested).as("lessons with a run(\"NAME\") claim test").containsAll(registered());
    }
}
