package org.initlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.initlab.init.Initializers;
import org.junit.jupiter.api.Test;

/** What the page may choose from: the registries' names, each initializer's parameters, limits and colours. */
class LabOptionsTest {
    @Test
    void eachInitializerTakesTheParametersItsCommandLineTakes() {
        assertThat(LabOptions.parametersOf("zeros")).isEmpty();
        assertThat(LabOptions.parametersOf("constant")).containsExactly("value");
        assertThat(LabOptions.parametersOf("uniform")).containsExactly("low", "high");
        assertThat(LabOptions.parametersOf("truncated-normal")).containsExactly("mean", "std", "cut");
        assertThat(LabOptions.parametersOf("he-uniform")).containsExactly("mode", "slope");
        assertThat(LabOptions.parametersOf("variance-scaling")).containsExactly("mode", "scale", "distribution");
        assertThat(LabOptions.parametersOf("sparse")).containsExactly("std", "fraction");
        assertThat(LabOptions.parametersOf("lsuv")).containsExactly("tolerance", "max-iterations");
    }

    @Test
    void coloursAreTheLessonsRgbAsTwoHexDigitsPerChannel() {
        // VisualStyle: he-normal (213, 94, 0), xavier-normal (0, 114, 178), zeros (150, 150, 150)
        assertThat(LabPalette.colours(List.of("he-normal", "xavier-normal", "zeros"))).containsExactly(
                entry("he-normal", "#d55e00"), entry("xavier-normal", "#0072b2"), entry("zeros", "#969696"));
        assertThat(LabPalette.colours(List.of())).isEmpty();
    }

    @Test
    void theOptionsListEveryRegistryWithTheLimits() {
        Map<String, Object> options = LabOptions.describe();
        assertThat(options).containsOnlyKeys("activations", "initializers", "datasets", "optimizers", "limits",
                "maxProbeCells", "colours");
        assertThat(Json.of(options.get("datasets"))).isEqualTo("[\"circles\",\"moons\",\"spirals\",\"xor\",\"blobs\"]");
        assertThat(Json.of(options.get("optimizers"))).isEqualTo("[\"sgd\",\"momentum\",\"nesterov\",\"adam\"]");
        assertThat(options.get("maxProbeCells")).isEqualTo(5_120_000L);
        assertThat(options.get("limits")).isEqualTo(Map.of("depth", 50, "width", 512, "batch", 1000, "minibatch", 500,
                "epochs", 300));
        List<?> inits = (List<?>) options.get("initializers");
        assertThat(inits).hasSize(Initializers.names().size());
        Map<?, ?> heNormal = inits.stream().map(m -> (Map<?, ?>) m).filter(m -> m.get("name").equals("he-normal"))
                .findFirst().orElseThrow();
        assertThat(List.copyOf(heNormal.keySet())).isEqualTo(List.of("name", "formula", "parameters", "source",
                "takes"));
        assertThat(heNormal.get("takes")).isEqualTo(List.of("mode", "slope"));
        Map<?, ?> colours = (Map<?, ?>) options.get("colours");
        assertThat(colours).hasSize(Initializers.names().size());
        assertThat(colours.get("he-normal")).isEqualTo("#d55e00");
    }
}
