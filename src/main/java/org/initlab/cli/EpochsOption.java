package org.initlab.cli;
import picocli.CommandLine.Option;

/** {@code --epochs E}: how many passes over the training set. */
final class EpochsOption extends SharedOption<EpochsOption> {
    @Option(names = "--epochs", paramLabel = "E",
            description = "training epochs: passes over the training set")
    Integer value;

    @Override
    String optionName() {
        return "--epochs";
    }
}
