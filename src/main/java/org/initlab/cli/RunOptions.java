package org.initlab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;

/** What every verb that writes a run folder takes: {@code --seed} (default 1) and {@code --out} (required). */
final class RunOptions {
    @Mixin
    SeedOption seed = new SeedOption().defaultValue("1");
    @Mixin
    OutOption out = new OutOption().required();

    /** {@code --seed}, 1 when not given. */
    long seed() {
        return seed.value;
    }

    /** {@code --out}. */
    Path folder() {
        return out.value;
    }
}
