package org.initlab.cli;

import picocli.CommandLine.Option;

/** {@code --seed S}: everything random is drawn from it, so the same seed gives the same numbers, bit for bit. */
final class SeedOption extends SharedOption<SeedOption> {
    @Option(names = "--seed", paramLabel = "S", description = "random seed: the same seed gives the same numbers")
    Long value;

    @Override
    String optionName() {
        return "--seed";
    }
}
