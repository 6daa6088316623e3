package org.initlab.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which classes of an initlab package a compiled submission refers to, read from its class files' constant pools (every
 * class a class file uses is named there, e.g. {@code org/initlab/init/HeNormal}). Assignment A must not hand the work
 * to the built-in He-normal, nor D to {@code LayerStats}: such a submission would pass every criterion.
 */
final class LibraryUse {
    private LibraryUse() {
    }

    /**
     * The classes of package {@code library} (dotted) that the class files under {@code classes} use, minus
     * {@code allowed}.
     */
    static List<String> of(Path classes, String library, List<String> allowed) {
        if (library.isEmpty()) {
            return List.of();
        }
        Pattern name = Pattern.compile(Pattern.quote(library.replace('.', '/') + "/") + "[A-Za-z_$][\\w$]*");
        TreeSet<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                Matcher m = name.matcher(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    String dotted = m.group().replace('/', '.');
                    String outer = dotted.contains("$") ? dotted.substring(0, dotted.indexOf('$')) : dotted;
                    if (!allowed.contains(outer)) {
                        used.add(outer);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(used);
    }
}
