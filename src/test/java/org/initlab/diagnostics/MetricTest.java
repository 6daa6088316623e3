package org.initlab.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metric names are a file format: written once here, so that renaming a constant cannot rename a CSV column. */
class MetricTest {
    @Test
    void keysAreTheCsvNamesInTheCsvOrder() {
        assertThat(Arrays.stream(Metric.values()).map(Metric::key)).containsExactly("preact_mean", "preact_std",
                "act_mean", "act_std", "act_min", "act_max", "act_example_std", "saturated_frac",
                "dead_frac", "zero_frac",
                "grad_act_std", "grad_act_norm", "grad_w_std", "grad_w_norm", "weight_std", "directions", "mean_cosine",
                "update_ratio");
    }

    @Test
    void labelsAreDistinct() {
        assertThat(Arrays.stream(Metric.values()).map(Metric::label).distinct()).hasSize(Metric.values().length);
    }

    @Test
    void layerMetricsIterateInMetricOrderWhateverTheInsertionOrder() {
        Map<Metric, Double> q = new LinkedHashMap<>();
        q.put(Metric.GRAD_ACT_STD, 0.5);
        q.put(Metric.ACT_STD, 2.0);
        LayerMetrics m = new LayerMetrics(q);
        assertThat(m.metrics()).containsExactly(Metric.ACT_STD, Metric.GRAD_ACT_STD);
        assertThat(m.get(Metric.ACT_STD)).isEqualTo(2.0);
        assertThat(m.has(Metric.DEAD_FRAC)).isFalse();
        assertThat(m).hasToString("act_std=2.0, grad_act_std=0.5");
    }

    @Test
    void askingForAMetricThatWasNotMeasuredNamesTheOnesThatWere() {
        LayerMetrics m = new LayerMetrics(Map.of(Metric.ACT_STD, 2.0, Metric.DEAD_FRAC, Double.NaN));
        assertThat(m.get(Metric.DEAD_FRAC)).isNaN();
        assertThatThrownBy(() -> m.get(Metric.GRAD_W_NORM)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("layer metrics: grad_w_norm was not measured here; measured: act_std, dead_frac");
        assertThat(new LayerMetrics(Map.of()).metrics()).isEmpty();
    }
}
