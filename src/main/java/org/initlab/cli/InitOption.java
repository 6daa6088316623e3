package org.initlab.cli;

import org.initlab.init.Initializer;
import picocli.CommandLine.Option;

/** {@code --init INIT}: the weight initializer, a specification or a student's class ({@link PluginClasses}). */
final class InitOption extends SharedOption<InitOption> {
    @Option(names = "--init", paramLabel = "INIT",
            description = "weight initializer (all: 'initlab inits'), e.g. he-normal, normal:std=0.01 "
                    + "or your own class's name")
    String value;

    @Override
    String optionName() {
        return "--init";
    }

    /** The initializer named, with the parameters given as options ({@code --std 0.01}) added. */
    Initializer resolve(InitParamOptions params) {
        return params.resolve(value);
    }
}
