package org.initlab.init;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.initlab.names.DidYouMean;

/**
 * Every built-in initializer by its stable name, with its formula, parameters and source.
 *
 * <p>A specification is a name, optionally followed by a colon and parameters:
 * {@code he-normal}, {@code normal:std=0.01}, {@code xavier-uniform:gain=tanh},
 * {@code he-normal:mode=fan-out,slope=0.2}.
 */
public final class Initializers {
    /** One row of the catalogue. */
    public record Entry(String name, String formula, String parameters, String source,
                        Function<InitParams, Initializer> factory) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add("zeros", Zeros.FORMULA, "none", "-", p -> new Zeros());
        add("ones", Ones.FORMULA, "none", "-", p -> new Ones());
        add("constant", Constant.FORMULA, "value (0.5)", "-", p -> new Constant(p.number("value", 0.5)));
        add("uniform", Uniform.FORMULA, "low (-0.05), high (0.05)", "-",
                p -> new Uniform(p.number("low", -0.05), p.number("high", 0.05)));
        add("normal", Normal.FORMULA + ", std is the standard deviation", "mean (0), std (0.01)", "-",
                p -> new Normal(p.number("mean", 0), p.number("std", 0.01)));
        add("truncated-normal", TruncatedNormal.FORMULA + "; actual std = 0.8796·std for cut 2",
                "mean (0), std (0.01), cut (2)", "-",
                p -> new TruncatedNormal(p.number("mean", 0), p.number("std", 0.01), p.number("cut", 2)));
        add("xavier-uniform", XavierUniform.FORMULA, "gain (1; a number or an activation name)",
                "Glorot & Bengio 2010", p -> new XavierUniform(p.gain(1)));
        add("xavier-normal", XavierNormal.FORMULA, "gain (1; a number or an activation name)",
                "Glorot & Bengio 2010", p -> new XavierNormal(p.gain(1)));
        add("he-uniform", HeUniform.FORMULA, "mode (fan-in), slope a (0)", "He et al. 2015",
                p -> new HeUniform(p.mode(FanMode.FAN_IN), p.number("slope", 0)));
        add("he-normal", HeNormal.FORMULA, "mode (fan-in), slope a (0)", "He et al. 2015",
                p -> new HeNormal(p.mode(FanMode.FAN_IN), p.number("slope", 0)));
        add("lecun-uniform", LecunUniform.FORMULA, "none", "LeCun et al. 1998", p -> new LecunUniform());
        add("lecun-normal", LecunNormal.FORMULA, "none", "LeCun et al. 1998; Klambauer et al. 2017 (SELU)",
                p -> new LecunNormal());
        add("variance-scaling", VarianceScaling.FORMULA,
                "scale (1), mode (fan-in|fan-out|fan-avg), distribution (truncated-normal|normal|uniform)",
                "Keras VarianceScaling",
                p -> new VarianceScaling(p.number("scale", 1), p.mode(FanMode.FAN_IN),
                        p.distribution(WeightDistribution.TRUNCATED_NORMAL)));
        add("orthogonal", Orthogonal.FORMULA, "gain (1)",
                "Saxe et al. 2013", p -> new Orthogonal(p.gain(1)));
        add("identity", IdentityWeights.FORMULA, "gain (1)", "Le et al. 2015", p -> new IdentityWeights(p.gain(1)));
        add("sparse", Sparse.FORMULA, "fraction (0.9), std (0.01)",
                "Martens 2010", p -> new Sparse(p.number("fraction", 0.9), p.number("std", 0.01)));
        add("lsuv", "orthogonal, then scale each layer until Var(z) = 1 ± tolerance (needs data)",
                "tolerance (0.1), max-iterations (10)", "Mishkin & Matas 2015",
                p -> new Lsuv(p.number("tolerance", 0.1), p.integer("max-iterations", 10)));
        add("legacy-default", LegacyDefault.FORMULA + ", PyTorch nn.Linear's default", "none",
                "PyTorch (kaiming_uniform, a=√5)", p -> new LegacyDefault());
        add("pytorch-bias", PytorchBias.FORMULA + ", PyTorch nn.Linear's bias", "none", "PyTorch",
                p -> new PytorchBias());
        add("prior", PriorBias.FORMULA + ": a sigmoid output that predicts π = p before training", "p (0.5)",
                "Lin et al. 2017 (focal loss)", p -> new PriorBias(p.number("p", 0.5)));
    }

    private Initializers() {
    }

    private static void add(String name, String formula, String parameters, String source,
                            Function<InitParams, Initializer> factory) {
        ENTRIES.put(name, new Entry(name, formula, parameters, source, factory));
    }

    /** The catalogue, in teaching order. */
    public static List<Entry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(ENTRIES.values()));
    }

    /** Every built-in name. */
    public static List<String> names() {
        return List.copyOf(ENTRIES.keySet());
    }

    /**
     * The initializer of a specification such as {@code normal:std=0.01} or {@code he-normal:mode=fan-out}. (The
     * command line also takes the class name of a student's own initializer; that loading lives in
     * {@code org.initlab.cli.PluginClasses}, not here.)
     */
    public static Initializer byName(String spec) {
        String text = spec.trim();
        int colon = text.indexOf(':');
        String name = (colon < 0 ? text : text.substring(0, colon)).toLowerCase(Locale.ROOT);
        return create(name, InitParams.parse(name, colon < 0 ? "" : text.substring(colon + 1)));
    }

    /** The initializer of this name with these parameters; unknown names and parameters are refused. */
    public static Initializer create(String name, InitParams params) {
        Entry entry = ENTRIES.get(name.trim().toLowerCase(Locale.ROOT));
        if (entry == null) {
            throw new IllegalArgumentException("unknown initializer '" + name + "'" + DidYouMean.hint(name, names())
                    + "; known: " + String.join(", ", names()));
        }
        Initializer init = entry.factory().apply(params);
        params.requireAllUsed();
        return init;
    }
}
