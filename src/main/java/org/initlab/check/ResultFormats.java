package org.initlab.check;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A {@link CheckReport} written for people ({@code text}), for autograders ({@code json}: the shape of Gradescope's
 * {@code results.json} — score, and tests with name, score, max_score, status, output) or for CI ({@code junit}: a
 * JUnit XML test suite, one test case per criterion; "not run" is an error, so that CI does not count it as passed).
 */
public enum ResultFormats {
    /** PASS/FAIL/NOT RUN lines with numbers and hints. */
    TEXT,
    /** Gradescope's results.json. */
    JSON,
    /** JUnit XML. */
    JUNIT;

    /** The format named {@code name} (text, json or junit). */
    public static ResultFormats byName(String name) {
        for (ResultFormats f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; known: text, json, junit");
    }

    /** The report in this format; {@code points[i]} is criterion i's maximum score. */
    public String write(CheckReport r, double[] points) {
        return switch (this) {
            case TEXT -> text(r, points);
            case JSON -> json(r, points);
            case JUNIT -> junit(r);
        };
    }

    /** One point per criterion. */
    public static double[] onePointEach(CheckReport r) {
        double[] p = new double[r.criteria().size()];
        Arrays.fill(p, 1);
        return p;
    }

    /** The points earned: a criterion's points when it passed, 0 otherwise. */
    public static double score(CheckReport r, double[] points) {
        double s = 0;
        for (int i = 0; i < points.length; i++) {
            s += r.criteria().get(i).passed() ? points[i] : 0;
        }
        return s;
    }

    private static String text(CheckReport r, double[] points) {
        StringBuilder b = new StringBuilder();
        b.append("Checking ").append(r.className()).append(' ').append(r.plan().title()).append('\n');
        b.append(String.format(Locale.ROOT, "(in a separate JVM; time limit %s s per criterion)%n",
                num(r.secondsPerCriterion())));
        for (Criterion c : r.criteria()) {
            b.append("  ").append(c.toString().replace("\n", "\n  ")).append('\n');
        }
        if (!r.programOutput().isBlank()) {
            b.append("Your code printed:\n  ").append(r.programOutput().strip().replace("\n", "\n  ")).append('\n');
        }
        long failed = r.criteria().stream().filter(c -> c.status() == Criterion.Status.FAILED).count();
        long notRun = r.criteria().stream().filter(c -> c.status() == Criterion.Status.NOT_RUN).count();
        b.append(r.allPassed() ? "ALL " + r.criteria().size() + " CRITERIA PASSED"
                : String.format(Locale.ROOT, "%d of %d criteria passed (%d failed, %d not run)", r.passedCount(),
                r.criteria().size(), failed, notRun));
        b.append(String.format(Locale.ROOT, "; points %s of %s%n", num(score(r, points)), num(sum(points))));
        return b.toString();
    }

    private static String json(CheckReport r, double[] points) {
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"score\": ").append(num(score(r, points))).append(",\n");
        b.append("  \"output\": ").append(quote("Checking " + r.className() + " " + r.plan().title()
                + (r.programOutput().isBlank() ? "" : "\nYour code printed:\n" + r.programOutput()))).append(",\n");
        b.append("  \"tests\": [\n");
        List<Criterion> cs = r.criteria();
        for (int i = 0; i < cs.size(); i++) {
            Criterion c = cs.get(i);
            b.append("    {\"name\": ").append(quote(c.name()))
                    .append(", \"score\": ").append(num(c.passed() ? points[i] : 0))
                    .append(", \"max_score\": ").append(num(points[i]))
                    .append(", \"status\": ").append(quote(c.passed() ? "passed" : "failed"))
                    .append(", \"output\": ").append(quote(c.label() + ": " + c.detail()
                            + (c.hint().isEmpty() ? "" : "\nhint: " + c.hint())))
                    .append(i + 1 < cs.size() ? "},\n" : "}\n");
        }
        return b.append("  ]\n}\n").toString();
    }

    private static String junit(CheckReport r) {
        long failures = r.criteria().stream().filter(c -> c.status() == Criterion.Status.FAILED).count();
        long errors = r.criteria().stream().filter(c -> c.status() == Criterion.Status.NOT_RUN).count();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append(String.format(Locale.ROOT,
                "<testsuite name=%s tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"0\">%n",
                attr(r.className() + " " + r.plan().title()), r.criteria().size(), failures, errors));
        for (Criterion c : r.criteria()) {
            b.append("  <testcase classname=").append(attr(r.className())).append(" name=").append(attr(c.name()));
            String text = xml(c.detail() + (c.hint().isEmpty() ? "" : "\nhint: " + c.hint()));
            switch (c.status()) {
                case PASSED -> b.append(">\n    <system-out>").append(text).append("</system-out>\n  </testcase>\n");
                case FAILED -> b.append(">\n    <failure message=")
                        .append(attr(c.detail().lines().findFirst().orElse("")))
                        .append('>').append(text).append("</failure>\n  </testcase>\n");
                case NOT_RUN -> b.append(">\n    <error type=\"not run\" message=").append(attr(c.detail()))
                        .append("/>\n  </testcase>\n");
            }
        }
        if (!r.programOutput().isBlank()) {
            b.append("  <system-out>").append(xml(r.programOutput())).append("</system-out>\n");
        }
        return b.append("</testsuite>\n").toString();
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static double sum(double[] p) {
        double s = 0;
        for (double v : p) {
            s += v;
        }
        return s;
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    private static String attr(String s) {
        return "\"" + xml(s).replace("\"", "&quot;").replace("\n", "&#10;") + "\"";
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
