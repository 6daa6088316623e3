package org.initlab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out DIR}: the folder a verb writes its report, CSVs and plots into. */
final class OutOption extends SharedOption<OutOption> {
    @Option(names = "--out", paramLabel = "DIR",
            description = "output folder")
    Path value;

    @Override
    String optionName() {
        return "--out";
    }
}
