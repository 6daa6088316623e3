package org.initlab.lab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per initializer, the same on every chart of the page: the schemes a lesson compares most often get
 * the most distinct hues (Xavier blue, He orange, LeCun green, orthogonal purple, the fixed-scale normals grey and
 * red), the uniform twin of a scheme a lighter shade of its normal one.
 */
final class LabPalette {
    private LabPalette() {
    }

    /** Initializer name → CSS colour ({@code #rrggbb}), for every name in {@code names}; unknown names get grey. */
    static Map<String, String> colours(List<String> names) {
        Map<String, String> fixed = Map.ofEntries(
                Map.entry("xavier-normal", "#1f77b4"), Map.entry("xavier-uniform", "#6baed6"),
                Map.entry("he-normal", "#ff7f0e"), Map.entry("he-uniform", "#fdae6b"),
                Map.entry("lecun-normal", "#2ca02c"), Map.entry("lecun-uniform", "#98df8a"),
                Map.entry("orthogonal", "#9467bd"), Map.entry("lsuv", "#c5b0d5"),
                Map.entry("normal", "#d62728"), Map.entry("truncated-normal", "#ff9896"),
                Map.entry("uniform", "#e377c2"), Map.entry("variance-scaling", "#17becf"),
                Map.entry("identity", "#8c564b"), Map.entry("sparse", "#bcbd22"),
                Map.entry("legacy-default", "#7f7f7f"), Map.entry("zeros", "#000000"),
                Map.entry("ones", "#525252"), Map.entry("constant", "#969696"));
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            out.put(name, fixed.getOrDefault(name, "#7f7f7f"));
        }
        return out;
    }
}
