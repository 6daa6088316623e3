package org.initlab.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * An option several verbs take ({@code --activation}, {@code --seed}, ...), declared once — name, label and
 * description — in its mixin class. A verb says only what differs: that it needs the option
 * ({@code @Mixin SeedOption seed = new SeedOption().required()}), its default ({@code .defaultValue("1")}, shown in
 * the help as "(default: 1)"), or what happens without it ({@code .optional("reports/NAME")}).
 * {@link #applyAll} writes these into the command tree before it parses.
 */
abstract class SharedOption<T extends SharedOption<T>> {
    private boolean required;
    private String defaultValue;
    private String whenAbsent;

    /** The option's name, e.g. {@code --seed}. */
    abstract String optionName();

    /** The verb cannot run without this option. */
    T required() {
        this.required = true;
        return self();
    }

    /** The value used when the option is not given, shown in the help. */
    T defaultValue(String value) {
        this.defaultValue = value;
        return self();
    }

    /** Optional without a value of its own; {@code meaning} says in the help what happens then. */
    T optional(String meaning) {
        this.whenAbsent = meaning;
        return self();
    }

    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }

    /** Applies every shared option's required flag and default to {@code cli} and its subcommands. */
    static void applyAll(CommandLine cli) {
        CommandSpec spec = cli.getCommandSpec();
        for (SharedOption<?> shared : sharedIn(spec.mixins().values())) {
            shared.applyTo(spec);
        }
        cli.getSubcommands().values().forEach(SharedOption::applyAll);
    }

    private static List<SharedOption<?>> sharedIn(Iterable<CommandSpec> mixins) {
        List<SharedOption<?>> found = new ArrayList<>();
        for (CommandSpec mixin : mixins) {
            if (mixin.userObject() instanceof SharedOption<?> shared) {
                found.add(shared);
            }
            found.addAll(sharedIn(mixin.mixins().values()));
        }
        return found;
    }

    private void applyTo(CommandSpec spec) {
        OptionSpec option = spec.findOption(optionName());
        if (option == null || (!required && defaultValue == null && whenAbsent == null)) {
            return;
        }
        String suffix = defaultValue != null ? " (default: ${DEFAULT-VALUE})"
                : whenAbsent != null ? " (default: " + whenAbsent + ")" : "";
        String[] description = option.description().clone();
        description[description.length - 1] += suffix;
        spec.remove(option);
        spec.addOption(OptionSpec.builder(option).required(required).defaultValue(defaultValue)
                .description(description).build());
    }
}
