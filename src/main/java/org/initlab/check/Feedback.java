package org.initlab.check;

import java.util.List;
import java.util.Locale;

/** A student's feedback.md: the points, a table of the criteria, then each criterion's numbers and hint. */
final class Feedback {
    private Feedback() {
    }

    static String markdown(String student, Assignment a, CheckReport r, String note, String compilerMessages) {
        double[] points = a.pointArray();
        StringBuilder b = new StringBuilder();
        b.append("# ").append(a.title()).append(" — ").append(student).append("\n\n");
        b.append(String.format(Locale.ROOT, "**%s of %s points.** Class graded: `%s`.%n%n",
                ResultFormats.num(ResultFormats.score(r, points)), ResultFormats.num(a.maxPoints()), r.className()));
        if (!note.isEmpty()) {
            b.append("Note: ").append(note).append(".\n\n");
        }
        if (!compilerMessages.isBlank()) {
            b.append("## The compiler's messages\n\n```\n").append(compilerMessages.strip()).append("\n```\n\n");
        }
        b.append("| criterion | verdict | points |\n| --- | --- | --- |\n");
        List<Criterion> cs = r.criteria();
        for (int i = 0; i < cs.size(); i++) {
            b.append("| ").append(cs.get(i).name()).append(" | ").append(cs.get(i).label()).append(" | ")
                    .append(ResultFormats.num(cs.get(i).passed() ? points[i] : 0)).append(" of ")
                    .append(ResultFormats.num(points[i])).append(" |\n");
        }
        b.append("\n## Details\n\n");
        for (Criterion c : cs) {
            b.append("### ").append(c.label()).append(": ").append(c.name()).append("\n\n```\n").append(c.detail())
                    .append("\n```\n\n");
            if (!c.hint().isEmpty()) {
                b.append("*Likely mistake:* ").append(c.hint()).append("\n\n");
            }
        }
        if (!r.programOutput().isBlank()) {
            b.append("## What your code printed\n\n```\n").append(r.programOutput().strip()).append("\n```\n");
        }
        b.append("\nCheck it yourself before handing in: see `lessons/assignments/").append(a.name())
                .append("/README.md`.\n");
        return b.toString();
    }
}
