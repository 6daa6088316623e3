package org.initlab.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;

/**
 * The build bundles OpenBLAS for its own platform (the pom's os profiles), so the native products load on each of
 * the five platforms; {@code -Dinitlab.backend=java} (the pom's second test run) forces the pure-Java fallback.
 */
class NativeBackendTest {
    private static final List<String> BUNDLED = List.of("linux-x86_64", "linux-arm64", "macosx-x86_64",
            "macosx-arm64", "windows-x86_64");

    private static boolean javaForced() {
        return "java".equalsIgnoreCase(System.getProperty("initlab.backend"));
    }

    @Test
    void openBlasLoadsOnEveryPlatformWhoseNativesAreBundled() {
        assumeTrue(!javaForced(), "this run forces the pure-Java products");
        String platform = Loader.getPlatform();
        assumeTrue(BUNDLED.contains(platform), "no OpenBLAS natives are bundled for " + platform);
        assertThat(Kernels.isNative()).as("OpenBLAS natives for %s should load", platform).isTrue();
        assertThat(Kernels.backend()).startsWith("OpenBLAS (");
    }

    @Test
    void thePureJavaFallbackRunsWhenAsked() {
        assumeTrue(javaForced(), "only in the run with -Dinitlab.backend=java");
        assertThat(Kernels.isNative()).isFalse();
        assertThat(Kernels.backend()).isEqualTo("EJML (pure Java)");
    }
}
