package org.initlab.cli;
import picocli.CommandLine.Option;

/** {@code --depth L}: how many hidden layers. */
final class DepthOption extends SharedOption<DepthOption> {
    @Option(names = "--depth", paramLabel = "L",
            description = "hidden layers")
    Integer value;

    @Override
    String optionName() {
        return "--depth";
    }
}
