package org.initlab.init;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An initializer's formula with its parameters filled in: {@code render("N(mean, std²)", "mean", 0, "std", 0.01)} is
 * {@code "N(0, 0.01²)"}. Each initializer states its formula once, as a {@code FORMULA} constant that its Javadoc,
 * {@link Initializer#describe()} and the catalogue ({@code initlab inits}) all show.
 */
final class Formula {
    private Formula() {
    }

    /** {@code formula} with each whole-word parameter name replaced by its value ({@code namesAndValues}: pairs). */
    static String render(String formula, Object... namesAndValues) {
        String out = formula;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            double value = ((Number) namesAndValues[i + 1]).doubleValue();
            out = Pattern.compile("(?<![\\p{L}\\d_-])" + Pattern.quote(name) + "(?![\\p{L}\\d_])").matcher(out)
                    .replaceAll(Matcher.quoteReplacement(VarianceScaling.format(value)));
        }
        return out;
    }
}
