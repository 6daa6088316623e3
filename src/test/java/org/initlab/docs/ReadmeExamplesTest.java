package org.initlab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java in the README and in the key classes' Javadoc is real code: every {@code ```java} block of README.md
 * and every {@code <pre>{@code ...}</pre>} example of the classes below is compiled with only its own imports and
 * run, so an example that stops compiling or stops doing what it says fails the build.
 */
class ReadmeExamplesTest {
    /** Classes whose Javadoc examples a student copies first. */
    private static final List<String> DOCUMENTED = List.of("autograd/Tensor", "autograd/Backward",
            "autograd/MatrixBackward", "autograd/GradientCheck", "autograd/Graph", "nn/Mlp", "nn/Dense");

    @TempDir
    Path temp;

    @Test
    void theReadmeProgramsCompileAndDoWhatTheyClaim() throws Exception {
        List<String> blocks = blocks(Files.readString(Path.of("README.md")), "```java\n", "```");
        assertThat(blocks).as("```java blocks in README.md").hasSizeGreaterThanOrEqualTo(2);
        for (String source : blocks) {
            String name = className(source);
            Path runFolder = temp.resolve("run-" + name);
            String output = run(compile(name, source), name, "main", runFolder.toString());
            switch (name) {
                case "MyFirstNetwork" -> {
                    Matcher m = Pattern.compile("test accuracy ([0-9.]+), chart in (.+accuracy\\.png)").matcher(output);
                    assertThat(m.find()).as(output).isTrue();
                    assertThat(Double.parseDouble(m.group(1))).as("circles are learnt").isGreaterThan(0.9);
                    assertThat(Files.size(Path.of(m.group(2).strip()))).isPositive();
                }
                case "MyOwnOp" -> {
                    assertThat(output).startsWith("loss ").contains("dL/dw = ");
                    assertThat(output.lines().toList().get(1)).startsWith("gradient check passed: max relative error");
                }
                default -> assertThat(output).as("README program %s ran", name).isNotNull();
            }
        }
    }

    @Test
    void theJavadocExamplesOfTheKeyClassesCompileWithTheirOwnImportsAndRun() throws Exception {
        int examples = 0;
        for (String file : DOCUMENTED) {
            String text = Files.readString(Path.of("src/main/java/org/initlab/" + file + ".java"));
            List<String> snippets = blocks(text, "<pre>{@code\n", "}</pre>");
            assertThat(snippets).as("examples in %s", file).isNotEmpty();
            for (String snippet : snippets) {
                String name = "Example" + examples++;
                String source = asProgram(name, stripStars(snippet));
                Path classes = compile(name, source);
                String output = run(classes, name, "example", null);
                if (file.equals("autograd/Graph")) {
                    assertThat(output.strip()).isEqualTo(Math.tanh(1.0) + " false");
                }
                if (file.equals("autograd/GradientCheck")) {
                    assertThat(output).startsWith("gradient check passed: max relative error 2.7e-10");
                }
            }
        }
        assertThat(examples).isGreaterThanOrEqualTo(DOCUMENTED.size());
    }

    /** The texts between each {@code open} and the next {@code close}. */
    private static List<String> blocks(String text, String open, String close) {
        List<String> found = new ArrayList<>();
        for (int at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
            int start = at + open.length();
            found.add(text.substring(start, text.indexOf(close, start)));
        }
        return found;
    }

    private static String stripStars(String javadoc) {
        return javadoc.lines().map(l -> l.replaceFirst("^\\s*\\* ?", "")).reduce("", (a, b) -> a + b + "\n");
    }

    /** A snippet's imports on top, its static methods as members, its statements as the body of example(). */
    private static String asProgram(String name, String snippet) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.lines().toList()) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String code = body.toString().strip();
        return code.startsWith("static ")
                ? imports + "public class " + name + " {\n" + code + "\npublic static void example() {}\n}\n"
                : imports + "public class " + name + " {\npublic static void example() throws Exception {\n" + code
                + "\n}\n}\n";
    }

    private static String className(String source) {
        Matcher m = Pattern.compile("public class (\\w+)").matcher(source);
        assertThat(m.find()).as("a README program declares a public class:%n%s", source).isTrue();
        return m.group(1);
    }

    /** Compiles one source file against the test class path into its own folder; fails with javac's messages. */
    private Path compile(String name, String source) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        Path file = Files.writeString(folder.resolve(name + ".java"), source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> messages = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(messages, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(null, files, messages, List.of("-proc:none", "-d", folder.toString(), "-cp",
                    System.getProperty("java.class.path")), null, files.getJavaFileObjects(file)).call();
            assertThat(ok).as("%s does not compile: %s%n%s", name, messages.getDiagnostics(), source).isTrue();
        }
        return folder;
    }

    /** Runs {@code name.method} (main with the one argument, or example()) and returns what it printed. */
    private String run(Path classes, String name, String method, String argument) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                        getClass().getClassLoader());
             PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            Class<?> program = loader.loadClass(name);
            if (argument != null) {
                Method main = program.getMethod(method, String[].class);
                main.invoke(null, (Object) new String[] {argument});
            } else {
                program.getMethod(method).invoke(null);
            }
        } finally {
            System.setOut(console);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
