package org.initlab.diagnostics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Metric}s measured on one layer at one moment, read by constant:
 * {@code layers.get(0).get(Metric.GRAD_ACT_STD)}. Iterates in {@link Metric} order (the CSV order). Not every
 * caller measures every metric (the lab's probe skips the costly ones); asking for one that was not measured is an
 * error naming those that were.
 */
public final class LayerMetrics {
    private final Map<Metric, Double> values;

    /** The measured values (copied; null values not allowed). */
    public LayerMetrics(Map<Metric, Double> values) {
        EnumMap<Metric, Double> copy = values.isEmpty() ? new EnumMap<>(Metric.class) : new EnumMap<>(values);
        if (copy.containsValue(null)) {
            throw new IllegalArgumentException("layer metrics: null value in " + values);
        }
        this.values = Collections.unmodifiableMap(copy);
    }

    /** The value of {@code metric} (NaN where it is undefined, e.g. the dead fraction of a tanh layer). */
    public double get(Metric metric) {
        Double v = values.get(metric);
        if (v == null) {
            throw new IllegalArgumentException("layer metrics: " + metric.key() + " was not measured here; measured: "
                    + String.join(", ", values.keySet().stream().map(Metric::key).toList()));
        }
        return v;
    }

    /** Whether {@code metric} was measured. */
    public boolean has(Metric metric) {
        return values.containsKey(metric);
    }

    /** The measured metrics, in {@link Metric} order. */
    public Set<Metric> metrics() {
        return values.keySet();
    }

    /** "act_std=0.63, grad_act_std=0.012, ...": every value by its CSV key. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        values.forEach((m, v) -> s.append(s.length() == 0 ? "" : ", ").append(m.key()).append('=').append(v));
        return s.toString();
    }
}
