package org.initlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.initlab.random.RandomStreams;

/**
 * Makes a two-class data set imbalanced: keeps every example of class 0 and a random share of class 1 (stream
 * ("imbalance", 0) of the seed) so that class 1 makes up {@code positiveFraction} of the result — a rare positive
 * class, as in detection, for lessons on the output bias.
 */
public final class Imbalance {
    private Imbalance() {
    }

    /**
     * The subset with P(label = 1) = positiveFraction (rounded to whole examples, at least 1 positive).
     *
     * @throws IllegalArgumentException for a fraction outside (0, 1), a set without 2 classes, or a fraction above the
     *                                  set's own share of positives (this only removes positives)
     */
    public static Dataset positiveFraction(Dataset data, double positiveFraction, long seed) {
        if (!(positiveFraction > 0 && positiveFraction < 1)) {
            throw new IllegalArgumentException("--positive-fraction must be strictly between 0 and 1, got "
                    + positiveFraction);
        }
        if (data.classes() != 2) {
            throw new IllegalArgumentException("--positive-fraction needs a set with 2 classes; " + data.name()
                    + " has " + data.classes());
        }
        List<Integer> negatives = new ArrayList<>();
        List<Integer> positives = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            (data.label(i) == 1 ? positives : negatives).add(i);
        }
        double have = (double) positives.size() / data.size();
        if (positiveFraction > have + 1e-12) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--positive-fraction %.4g is above the share "
                    + "of positives %s already has (%.4g); only smaller shares can be made",
                    positiveFraction, data.name(), have));
        }
        int keep = Math.max(1, (int) Math.round(positiveFraction / (1 - positiveFraction) * negatives.size()));
        int[] order = Dataset.permutation(positives.size(), RandomStreams.of(seed, "imbalance", 0));
        List<Integer> chosen = new ArrayList<>(negatives);
        for (int k = 0; k < Math.min(keep, positives.size()); k++) {
            chosen.add(positives.get(order[k]));
        }
        chosen.sort(Integer::compare);
        return data.subset(chosen.stream().mapToInt(Integer::intValue).toArray(),
                String.format(Locale.ROOT, "%s (%.3g positive)", data.name(), positiveFraction));
    }
}
