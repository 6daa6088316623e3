package org.initlab.cli;

import org.initlab.activation.Activation;
import picocli.CommandLine.Option;

/**
 * {@code --activation NAME}: the hidden layers' activation, a built-in name or a student's class
 * ({@link PluginClasses}).
 */
final class ActivationOption extends SharedOption<ActivationOption> {
    @Option(names = "--activation", paramLabel = "NAME",
            description = "hidden activation, e.g. tanh, relu or leaky-relu:0.2 (all: 'initlab gains'), "
                    + "or your own class's name")
    String value;

    @Override
    String optionName() {
        return "--activation";
    }

    /** The activation named, built-in or the student's class; the option must have a value. */
    Activation resolve() {
        return PluginClasses.activation(value);
    }
}
