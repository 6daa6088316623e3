package org.initlab;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Which package of a class folder uses which, read by {@code jdeps} from the compiled classes (so a fully qualified
 * name written inline counts as much as an import), with the classes behind each edge, and the cycles among them.
 */
final class PackageGraph {
    /** package → package it uses → "Class -> OtherClass" lines that make the edge. */
    private final Map<String, Map<String, Set<String>>> edges = new TreeMap<>();

    /** Adds the use of class {@code to} by class {@code from} (binary names, e.g. {@code a.b.C$D}). */
    void add(String from, String to) {
        String a = packageOf(from);
        String b = packageOf(to);
        if (!a.equals(b)) {
            edges.computeIfAbsent(a, k -> new TreeMap<>()).computeIfAbsent(b, k -> new TreeSet<>())
                    .add(simple(from) + " -> " + simple(to));
        }
        edges.computeIfAbsent(b, k -> new TreeMap<>());
    }

    /** The graph of every class in {@code classes}, limited to the packages that folder holds. */
    static PackageGraph of(Path classes) throws Exception {
        Set<String> own = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f ->
                    own.add(classes.relativize(f.getParent() == null ? classes : f.getParent()).toString()
                            .replace(f.getFileSystem().getSeparator(), ".")));
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new IllegalStateException("jdeps is not in this JDK"));
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:class", "-filter:none",
                classes.toString());
        if (status != 0) {
            throw new IllegalStateException("jdeps failed (" + status + "): " + out);
        }
        PackageGraph graph = new PackageGraph();
        for (String line : out.toString().split("\\R")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3 && parts[1].equals("->") && own.contains(packageOf(parts[0]))
                    && own.contains(packageOf(parts[2]))) {
                graph.add(parts[0], parts[2]);
            }
        }
        return graph;
    }

    /**
     * Every cycle through an edge that lies on one, as "a -> b -> a" followed by the class uses behind each step;
     * each cycle once (the shortest way back from b to a for every edge a -> b), empty when there are none.
     */
    List<String> cycles() {
        Set<List<String>> seen = new LinkedHashSet<>();
        List<String> found = new ArrayList<>();
        for (String a : edges.keySet()) {
            for (String b : edges.get(a).keySet()) {
                List<String> back = shortestPath(b, a);
                if (back == null) {
                    continue;
                }
                List<String> cycle = new ArrayList<>();
                cycle.add(a);
                cycle.addAll(back);
                if (seen.add(canonical(cycle))) {
                    found.add(describe(cycle));
                }
            }
        }
        return found;
    }

    private String describe(List<String> cycle) {
        StringBuilder s = new StringBuilder(String.join(" -> ", cycle));
        for (int i = 0; i + 1 < cycle.size(); i++) {
            s.append("\n      ").append(cycle.get(i)).append(" -> ").append(cycle.get(i + 1)).append(": ")
                    .append(classes(edges.get(cycle.get(i)).get(cycle.get(i + 1))));
        }
        return s.toString();
    }

    /** At most three "A -> B" uses, and how many more there are. */
    private static String classes(Set<String> uses) {
        List<String> shown = uses.stream().limit(3).toList();
        return String.join(", ", shown) + (uses.size() > 3 ? " and " + (uses.size() - 3) + " more" : "");
    }

    /** The cycle (first = last) rotated to start at its smallest package, without the repeated end. */
    private static List<String> canonical(List<String> cycle) {
        List<String> ring = cycle.subList(0, cycle.size() - 1);
        int start = ring.indexOf(new TreeSet<>(ring).first());
        List<String> rotated = new ArrayList<>(ring.subList(start, ring.size()));
        rotated.addAll(ring.subList(0, start));
        return rotated;
    }

    /** Breadth-first: the packages from {@code from} to {@code to}, both included, or null when there is no way. */
    private List<String> shortestPath(String from, String to) {
        Map<String, String> previous = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        previous.put(from, from);
        while (!queue.isEmpty()) {
            String p = queue.poll();
            if (p.equals(to)) {
                List<String> path = new ArrayList<>();
                for (String q = to; ; q = previous.get(q)) {
                    path.add(0, q);
                    if (q.equals(from)) {
                        return path;
                    }
                }
            }
            for (String next : edges.getOrDefault(p, Map.of()).keySet()) {
                if (previous.putIfAbsent(next, p) == null) {
                    queue.add(next);
                }
            }
        }
        return null;
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
