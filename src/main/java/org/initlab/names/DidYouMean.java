package org.initlab.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The known names closest to a misspelt one, by the optimal-string-alignment distance (Levenshtein's insertions,
 * deletions and substitutions, plus swaps of two neighbouring letters: {@code trian → train} is 1 edit).
 *
 * <p>A known name is suggested when its distance (ignoring case) is at most {@code max(1, min(3, length/3))} of the
 * typed name and at most one more than the nearest name's, or when it starts with what was typed (three letters or
 * more: {@code xavier → xavier-normal}).
 */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** Up to three known names closest to {@code typed}, nearest first; empty when none is close. */
    public static List<String> closest(String typed, Collection<String> known) {
        String t = typed.trim().toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, t.length() / 3));
        int best = Integer.MAX_VALUE;
        for (String name : known) {
            best = Math.min(best, name.equals(typed.trim()) ? Integer.MAX_VALUE
                    : distance(t, name.toLowerCase(Locale.ROOT)));
        }
        int within = Math.min(limit, best + 1);
        List<String> close = new ArrayList<>();
        for (String name : known) {
            String n = name.toLowerCase(Locale.ROOT);
            if (!name.equals(typed.trim()) && (distance(t, n) <= within || (t.length() >= 3 && n.startsWith(t)))) {
                close.add(name);
            }
        }
        close.sort(Comparator.comparingInt((String n) -> distance(t, n.toLowerCase(Locale.ROOT)))
                .thenComparing(n -> n));
        return close.subList(0, Math.min(3, close.size()));
    }

    /** {@code " (did you mean 'a' or 'b'?)"}, or the empty string when no known name is close. */
    public static String hint(String typed, Collection<String> known) {
        List<String> close = closest(typed, known);
        if (close.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (did you mean ");
        for (int i = 0; i < close.size(); i++) {
            text.append(i == 0 ? "" : i == close.size() - 1 ? " or " : ", ").append('\'').append(close.get(i))
                    .append('\'');
        }
        return text.append("?)").toString();
    }

    /** Optimal string alignment distance: edits (insert, delete, substitute, swap neighbours) from a to b. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
