package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

    /** A JDK of version 24 or later on this machine (they warn when a library loads native code), or null. */
    static Path newJdk() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path release = home.resolve("release");
                if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin/java"))) {
                    Matcher v = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
                    if (v.find() && Integer.parseInt(v.group(1)) >= 24) {
                        return home;
                    }
                }
            }
        }
        return null;
    }

    @Test
    void onANewJavaTheLauncherLoadsOpenBlasWithoutTheJvmsWarning() throws Exception {
        Path jdk = newJdk();
        assumeTrue(jdk != null, "no JDK 24+ under /usr/lib/jvm");
        Files.copy(Path.of("initlab"), project.resolve("initlab"));
        Path jar = Files.createDirectories(project.resolve("target")).resolve("initlab.jar");
        try (ZipOutputStream empty = new ZipOutputStream(Files.newOutputStream(jar))) {
            empty.putNextEntry(new ZipEntry("empty.txt"));
        }
        String path = jdk.resolve("bin") + File.pathSeparator + System.getenv("PATH");
        String classes = System.getProperty("java.class.path");
        String[] bench = {"bench", "--workloads", "matmul-128x784x256", "--repeats", "1"};
        List<String> launcher = new ArrayList<>(List.of("env", "PATH=" + path, "INITLAB_CLASSPATH=" + classes, "bash",
                "initlab"));
        launcher.addAll(List.of(bench));
        String out = run(launcher.toArray(String[]::new));
        assertThat(out).contains("matmul-128x784x256").doesNotContain("WARNING");

        // the same run without the launcher's flag: the JVM does warn (so the check above can fail)
        List<String> plain = new ArrayList<>(List.of(jdk.resolve("bin/java").toString(), "-Djava.awt.headless=true",
                "-cp", classes, "org.initlab.app.Initlab"));
        plain.addAll(List.of(bench));
        assertThat(run(plain.toArray(String[]::new))).contains("WARNING: A restricted method");
    }
}
