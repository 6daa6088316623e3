package org.initlab.check;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one student's folder of .java files (javax.tools, in this JVM, no annotation processing) into a folder of
 * its own, against initlab's class path. Each student gets a separate output folder and later a separate JVM, so two
 * students may hand in classes of the same name.
 */
public final class SubmissionCompiler {
    /** The outcome: compiled or not, the compiler's messages ("File.java:12: error: …"), the top-level classes made. */
    public record Result(boolean compiled, String messages, List<String> classNames) {
    }

    private SubmissionCompiler() {
    }

    /** Compiles every .java file under {@code sources} into {@code classes} (created if needed). */
    public static Result compile(Path sources, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalArgumentException("grading needs the Java compiler: run initlab with a JDK, not a JRE");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sources + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            return new Result(false, "no .java file in " + sources.getFileName(), List.of());
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok;
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                    "-proc:none", "-encoding", "UTF-8", "-nowarn", "-Xlint:none");
            StringWriter chatter = new StringWriter();
            ok = javac.getTask(chatter, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) { // the compiler itself choked on the input: report it like an error
            return new Result(false, "the compiler failed: " + e, List.of());
        }
        StringBuilder messages = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file = d.getSource() == null ? "" : sources.relativize(Path.of(d.getSource().toUri())) + ":";
                messages.append(file).append(d.getLineNumber()).append(": error: ").append(d.getMessage(Locale.ROOT))
                        .append('\n');
            }
        }
        return new Result(ok, messages.toString().strip(), ok ? classNames(classes) : List.of());
    }

    private static List<String> classNames(Path classes) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            walk.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .forEach(p -> {
                        String rel = classes.relativize(p).toString();
                        names.add(rel.substring(0, rel.length() - ".class".length()).replace(p.getFileSystem()
                                .getSeparator(), "."));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(null);
        return names;
    }
}
