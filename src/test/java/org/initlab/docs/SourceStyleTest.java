package org.initlab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Habits of STYLE.md, checked on the source files rather than left to review: (a) no line longer than
 * {@value #MAX_LINE} characters (counted in characters, not bytes: the code writes ×, ², ⊙, √); (b) no fully
 * qualified name such as {@code java.util.Arrays.fill(...)} in code, only in {@code import}/{@code package} lines,
 * comments and string literals, unless two classes of the file share the simple name; (c) no Javadoc that only
 * restates a name: the {@link #TEMPLATES} found in review, such as a getter documented as "The size."; (d) every
 * {@code String.format}/{@code printf} names its locale, so numbers read the same on every student's machine.
 *
 * <p>Each failure names {@code file:line} and the offending text, so the message is the to-do list.
 */
class SourceStyleTest {
    static final int MAX_LINE = 120;

    /**
     * Where source files live: the library, its tests, and the lessons (a second source root). Every .java file under
     * them is checked, so a new package or lesson is covered without being listed.
     */
    static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"), Path.of("lessons"));

    /** The packages declared under lessons/, each one segment ({@code solutions}, {@code examples}, ...). */
    static final Set<String> LESSON_PACKAGES = lessonPackages();

    /**
     * The first segments of package names: the JDK's, the libraries', and the lessons' packages. {@code net} is left
     * out on purpose: it is the usual name of a network variable ({@code net.layers()}).
     */
    static final Set<String> PACKAGE_ROOTS = packageRoots();

    /**
     * The sentence templates that say nothing. The first matches a whole Javadoc of "The" or "Whether" and one to
     * three words ("The rows.", "Whether clips."); the others match anywhere in a Javadoc.
     */
    static final List<Pattern> TEMPLATES = List.of(
            Pattern.compile("^(The|Whether) [\\w-]+( [\\w-]+){0,2}\\.$"),
            Pattern.compile("A copy with [\\w ]+ changed"),
            Pattern.compile("for the given arguments"),
            Pattern.compile("Creates it with the given settings"),
            Pattern.compile("The stable label used in names and files"));

    @Test
    void noLineIsLongerThan120Characters() {
        List<String> found = new ArrayList<>();
        for (Path file : checkedFiles()) {
            found.addAll(longLines(file.toString(), read(file)));
        }
        assertThat(found).as("lines over %d characters (wrap after a comma or before an operator)", MAX_LINE)
                .isEmpty();
    }

    @Test
    void codeUsesImportsNotFullyQualifiedNames() {
        List<String> found = new ArrayList<>();
        for (Path file : checkedFiles()) {
            found.addAll(qualifiedNames(file.toString(), read(file), siblingClasses(file)));
        }
        assertThat(found).as("fully qualified names in code (import them)").isEmpty();
    }

    @Test
    void javadocSaysMoreThanTheName() {
        List<String> found = new ArrayList<>();
        for (Path file : checkedFiles()) {
            found.addAll(templateJavadoc(file.toString(), read(file)));
        }
        assertThat(found).as("Javadoc that restates a name (write the contract, unit, formula, or nothing)")
                .isEmpty();
    }

    @Test
    void numbersAreFormattedTheSameInEveryLanguage() {
        List<String> found = new ArrayList<>();
        for (Path file : checkedFiles()) {
            found.addAll(localeDependentFormats(file.toString(), read(file)));
        }
        assertThat(found).as("String.format/printf without a Locale (a German machine writes 0,25: pass Locale.ROOT)")
                .isEmpty();
    }

    @Test
    void aFormatWithoutALocaleIsFoundOnItsLine() {
        String source = String.join("\n",
                "class Demo {",
                "    String a = String.format(Locale.ROOT, \"%.3f\", 0.25);",
                "    String b = String.format(\"%.3f\", 0.25); // String.format(\"x\") in a comment is fine",
                "    void f() { System.out.printf(\"%d%n\", 1); System.out.printf(",
                "            Locale.ROOT, \"%d%n\", 2); }",
                "}");
        assertThat(localeDependentFormats("Demo.java", source)).containsExactly("Demo.java:3", "Demo.java:4");
    }

    @Test
    void theChecksFindEachKindOfOffenceOnItsLine() {
        String tooLong = "    List<String> rows() { return List.of(\"" + "x".repeat(MAX_LINE) + "\"); }";
        String fits = "    String ok = \"ü\".repeat(2); // exactly 120 characters, more bytes: ";
        String source = String.join("\n",
                "package demo;",
                "import java.util.List;",
                "/** The rows. */",
                "class Demo {",
                "    // java.util.Arrays in a comment is fine, and so is \"java.util.Arrays\" in a string",
                "    String s = \"java.util.Arrays.fill\"; int[] a = new int[3];",
                "    void f() { java.util.Arrays.fill(a, 1); }",
                "    /** A copy with seed changed. */",
                "    Demo seed(long s) { return this; }",
                "    /** The rows of the table, top first; never null. */",
                tooLong,
                fits + "²".repeat(MAX_LINE - fits.length()),
                "}");
        assertThat(longLines("Demo.java", source)).containsExactly("Demo.java:11 (" + tooLong.length() + " chars)");
        assertThat(qualifiedNames("Demo.java", source, Set.of()))
                .containsExactly("Demo.java:7 java.util.Arrays.fill");
        assertThat(templateJavadoc("Demo.java", source))
                .containsExactly("Demo.java:3 \"The rows.\"", "Demo.java:8 \"A copy with seed changed.\"");
    }

    @Test
    void aQualifiedNameIsAllowedWhenTwoClassesShareTheSimpleName() {
        String source = String.join("\n",
                "package demo;",
                "import java.util.Arrays;",
                "import java.util.List;",
                "class Demo {",
                "    java.awt.List awtList; // java.util.List is imported",
                "    org.other.Table table; // demo.Table is a sibling class",
                "    org.other.Chart chart;",
                "    int[] a = java.util.Arrays.copyOf(new int[1], 2); // imported, and still qualified",
                "}");
        assertThat(qualifiedNames("Demo.java", source, Set.of("Table")))
                .containsExactly("Demo.java:7 org.other.Chart", "Demo.java:8 java.util.Arrays.copyOf");
    }

    // ----------------------------------------------------------------------------------------------- the checks

    static List<String> longLines(String name, String text) {
        List<String> found = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int length = lines.get(i).codePointCount(0, lines.get(i).length());
            if (length > MAX_LINE) {
                found.add(name + ":" + (i + 1) + " (" + length + " chars)");
            }
        }
        return found;
    }

    /**
     * Qualified names in code: lower-case package segments from {@link #PACKAGE_ROOTS} followed by a capitalised
     * class name, outside comments, string and character literals, and {@code import}/{@code package} lines. Allowed
     * when another class of that simple name is imported, declared in the file, or in the same package
     * ({@code siblings}): then the qualified name is how Java tells the two apart.
     */
    static List<String> qualifiedNames(String name, String text, Set<String> siblings) {
        Pattern qualified = Pattern.compile("(?<![\\w.])((?:[a-z]\\w*)(?:\\.[a-z_]\\w*)*)\\.([A-Z]\\w*)(?:\\.\\w+)*");
        Map<String, String> imported = new HashMap<>();
        Matcher imports = Pattern.compile("(?m)^import\\s+([\\w.]+)\\.(\\w+)\\s*;").matcher(text);
        while (imports.find()) {
            imported.put(imports.group(2), imports.group(1) + "." + imports.group(2));
        }
        Set<String> declared = new TreeSet<>(siblings);
        Matcher types = Pattern.compile("\\b(?:class|interface|enum|record)\\s+(\\w+)").matcher(text);
        while (types.find()) {
            declared.add(types.group(1));
        }
        List<String> found = new ArrayList<>();
        List<String> code = blank(text, true).lines().toList();
        for (int i = 0; i < code.size(); i++) {
            String line = code.get(i).strip();
            if (line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            Matcher m = qualified.matcher(code.get(i));
            while (m.find()) {
                String root = m.group(1).split("\\.")[0];
                String simple = m.group(2);
                String importedAs = imported.getOrDefault(simple, m.group(1) + "." + simple);
                boolean clash = !importedAs.equals(m.group(1) + "." + simple) || declared.contains(simple);
                boolean aPackage = m.group(1).contains(".") || LESSON_PACKAGES.contains(root);
                if (PACKAGE_ROOTS.contains(root) && aPackage && !clash) {
                    found.add(name + ":" + (i + 1) + " " + m.group());
                }
            }
        }
        return found;
    }

    /**
     * Calls of {@code String.format} and {@code printf} whose first argument is not a {@code Locale}: they write
     * numbers in the machine's language (0,25 in German), which breaks CSVs and makes reports differ between students.
     */
    static List<String> localeDependentFormats(String name, String text) {
        String code = blank(text, true);
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?:\\bString\\.format|\\.printf)\\(\\s*+(?!Locale\\.)").matcher(code);
        while (m.find()) {
            found.add(name + ":" + (1 + code.substring(0, m.start()).chars().filter(c -> c == '\n').count()));
        }
        return found;
    }

    /** Javadoc comments (their text before the first block tag) that match one of {@link #TEMPLATES}. */
    static List<String> templateJavadoc(String name, String text) {
        List<String> found = new ArrayList<>();
        Matcher doc = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL).matcher(blank(text, false));
        while (doc.find()) {
            String body = doc.group(1).lines().map(l -> l.strip().replaceFirst("^\\*\\s?", "").strip())
                    .reduce((a, b) -> a + " " + b).orElse("").strip();
            String description = body.split("(?:^|\\s)@(?:param|return|throws|see|since)\\b", 2)[0].strip();
            for (Pattern template : TEMPLATES) {
                if (template.matcher(description).find()) {
                    found.add(name + ":" + lineOf(text, doc.start()) + " \"" + description + "\"");
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The text with every string literal, text block and character literal (and, if {@code comments}, every comment)
     * replaced by spaces, line breaks kept, so line numbers still match and nothing quoted looks like code or Javadoc.
     */
    static String blank(String text, boolean comments) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end;
            if (text.startsWith("//", i)) {
                end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                end = literalEnd(text, i + 3, "\"\"\"");
            } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                end = literalEnd(text, i + 1, String.valueOf(text.charAt(i)));
            } else {
                out.append(text.charAt(i++));
                continue;
            }
            boolean comment = text.charAt(i) == '/';
            for (int k = i; k < end; k++) {
                out.append(text.charAt(k) == '\n' || comment && !comments ? text.charAt(k) : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** Index just past the closing {@code quote}, skipping backslash escapes. */
    private static int literalEnd(String text, int from, String quote) {
        int k = from;
        while (k < text.length() && !text.startsWith(quote, k)) {
            k += text.charAt(k) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), k + quote.length());
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int k = 0; k < index; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    // ----------------------------------------------------------------------------------------------- the files

    private static Set<String> lessonPackages() {
        Pattern packageLine = Pattern.compile("(?m)^package\\s+(\\w+)");
        try (Stream<Path> files = Files.walk(Path.of("lessons"))) {
            Set<String> packages = new TreeSet<>();
            files.filter(p -> p.toString().endsWith(".java")).map(SourceStyleTest::read).map(packageLine::matcher)
                    .filter(Matcher::find).forEach(m -> packages.add(m.group(1)));
            return packages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> packageRoots() {
        Set<String> roots = new TreeSet<>(Set.of("java", "javax", "jdk", "sun", "com", "org", "picocli"));
        roots.addAll(LESSON_PACKAGES);
        return roots;
    }

    /** Every .java file under {@link #ROOTS}, sorted. */
    static List<Path> checkedFiles() {
        List<Path> files = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(files).as("source files in %s", ROOTS).isNotEmpty();
        return files;
    }

    /** Simple names of the classes in the file's package, looked up in every root (main and test share one). */
    private static Set<String> siblingClasses(Path file) {
        Path root = ROOTS.stream().filter(file::startsWith).findFirst().orElseThrow();
        Path packageFolder = root.relativize(file.getParent());
        Set<String> names = new TreeSet<>();
        for (Path other : ROOTS) {
            Path folder = other.resolve(packageFolder);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> listing = Files.list(folder)) {
                listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                        .forEach(n -> names.add(n.substring(0, n.length() - ".java".length())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
