package org.initlab.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Grades a folder of submissions, one sub-folder per student: each is compiled on its own
 * ({@link SubmissionCompiler}) and checked in its own JVM ({@link Sandbox}). Writes {@code grades.csv} (student,
 * points, max_points, the points of each criterion, a note) and per student {@code STUDENT/feedback.md} and
 * {@code STUDENT/results.json} (Gradescope's shape). A submission that does not compile gets 0 points and its compiler
 * messages; nothing a submission does stops the others from being graded.
 */
public final class Gradebook {
    /** One student's grade. */
    public record Grade(String student, double points, CheckReport report, String note, String compilerMessages) {
    }

    private Gradebook() {
    }

    /** Grades every sub-folder of {@code submissions} and writes the results into {@code out}; returns the grades. */
    public static List<Grade> grade(Path submissions, Assignment assignment, Path out, double secondsPerCriterion,
                                    Consumer<String> progress) {
        List<Path> students;
        try (Stream<Path> list = Files.list(submissions)) {
            students = list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + submissions + ": " + e.getMessage(), e);
        }
        if (students.isEmpty()) {
            throw new IllegalArgumentException(submissions + " holds no sub-folders: put each student's files in a "
                    + "folder of their own (SUBMISSIONS/alice/HeNormalImpl.java, SUBMISSIONS/bob/...)");
        }
        List<Grade> grades = new ArrayList<>();
        for (Path folder : students) {
            String student = folder.getFileName().toString();
            Grade g = gradeOne(folder, student, assignment, out.resolve(student), secondsPerCriterion);
            grades.add(g);
            progress.accept(String.format(Locale.ROOT, "%-20s %5s of %s%s", student, ResultFormats.num(g.points()),
                    ResultFormats.num(assignment.maxPoints()), g.note().isEmpty() ? "" : "  (" + g.note() + ")"));
        }
        write(out.resolve("grades.csv"), csv(grades, assignment));
        return grades;
    }

    private static Grade gradeOne(Path folder, String student, Assignment a, Path dir, double seconds) {
        Path classes;
        try {
            Files.createDirectories(dir);
            classes = Files.createTempDirectory("initlab-grade-" + student.replaceAll("[^A-Za-z0-9_-]", "_") + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SubmissionCompiler.Result compiled = SubmissionCompiler.compile(folder, classes);
        CheckReport report;
        String note = "";
        if (!compiled.compiled()) {
            String first = compiled.messages().lines().findFirst().orElse("");
            List<Criterion> none = a.plan().criteria().stream().map(n -> new Criterion(n, Criterion.Status.NOT_RUN,
                    "did not compile: " + first, "")).toList();
            report = new CheckReport(a.className(), a.plan(), none, "", seconds);
            note = "did not compile";
        } else {
            String cls = a.className();
            if (!compiled.classNames().contains(cls)) {
                List<String> same = compiled.classNames().stream().filter(n -> n.endsWith("." + a.className()))
                        .toList();
                if (same.size() == 1) {
                    cls = same.get(0);
                    note = "graded " + cls + " (the handout asks for " + a.className() + " in the default package)";
                } else {
                    note = "no class " + a.className() + " (found " + String.join(" ", compiled.classNames()) + ")";
                }
            }
            report = Sandbox.run(a.plan(), cls, List.of(classes), seconds);
            List<String> answers = LibraryUse.of(classes, a.library(), a.allowed());
            if (!answers.isEmpty()) {
                String why = "uses " + String.join(" and ", answers) + ", which the handout asks you to write yourself";
                report = new CheckReport(report.className(), report.plan(), report.criteria().stream()
                        .map(c -> new Criterion(c.name(), Criterion.Status.FAILED, why + " (the check alone: "
                                + c.label() + ")", "")).toList(), report.programOutput(), seconds);
                note = note.isEmpty() ? why : note + "; " + why;
            }
        }
        double points = ResultFormats.score(report, a.pointArray());
        write(dir.resolve("feedback.md"), Feedback.markdown(student, a, report, note, compiled.messages()));
        write(dir.resolve("results.json"), ResultFormats.JSON.write(report, a.pointArray()));
        return new Grade(student, points, report, note, compiled.messages());
    }

    static String csv(List<Grade> grades, Assignment a) {
        StringBuilder b = new StringBuilder("student,points,max_points");
        a.plan().criteria().forEach(n -> b.append(',').append(n));
        b.append(",note\n");
        for (Grade g : grades) {
            b.append(cell(g.student())).append(',').append(ResultFormats.num(g.points())).append(',')
                    .append(ResultFormats.num(a.maxPoints()));
            for (int i = 0; i < a.points().size(); i++) {
                b.append(',').append(ResultFormats.num(g.report().criteria().get(i).passed() ? a.points().get(i) : 0));
            }
            b.append(',').append(cell(g.note())).append('\n');
        }
        return b.toString();
    }

    /** A CSV cell, quoted when it holds a comma, a quote or a line break (RFC 4180). */
    static String cell(String s) {
        return s.matches("[^,\"\\r\\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
