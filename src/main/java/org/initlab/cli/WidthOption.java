package org.initlab.cli;
import picocli.CommandLine.Option;

/** {@code --width N}: how many units in each hidden layer. */
final class WidthOption extends SharedOption<WidthOption> {
    @Option(names = "--width", paramLabel = "N",
            description = "units per hidden layer")
    Integer value;

    @Override
    String optionName() {
        return "--width";
    }
}
