package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's rebuild check, on a copy of the launcher in a small git project: a tracked source newer than the jar
 * counts; a student's untracked file under lessons/ and the teacher kit under lessons/assignments/ do not.
 */
class LauncherTest {
    @TempDir
    Path project;

    private String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    private void write(String path, String text, long secondsFromNow) throws IOException {
        Path f = project.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(secondsFromNow)));
    }

    private String stale() throws IOException, InterruptedException {
        return run("env", "INITLAB_PRINT_STALE=1", "bash", "initlab").strip();
    }

    @Test
    void onlyTheProjectsOwnTrackedSourcesTriggerARebuild() throws Exception {
        assumeTrue(new ProcessBuilder("git", "--version").start().waitFor() == 0, "git is needed");
        Files.copy(Path.of("initlab"), project.resolve("initlab"));
        write("pom.xml", "<project/>", -100);
        write("src/main/java/A.java", "class A {}", -100);
        write("lessons/he/He.java", "class He {}", -100);
        write("lessons/assignments/he-normal/HeNormalImpl.java", "class HeNormalImpl {}", -100);
        run("git", "init", "-q");
        run("git", "add", ".");
        write("target/initlab.jar", "jar", -50);
        assertThat(stale()).isEmpty();

        write("lessons/he/Mine.java", "class Mine { // a student's file with a syntax error", 0);
        write("lessons/assignments/he-normal/HeNormalImpl.java", "class HeNormalImpl { int todo; }", 0);
        assertThat(stale()).isEmpty();

        write("lessons/he/He.java", "class He { int changed; }", 0);
        assertThat(stale()).isEqualTo("lessons/he/He.java");
    }
}
