package org.initlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.initlab.names.ClassNames;
import org.junit.jupiter.api.Test;

/** Student classes named on the command line: which names count as class names, and each way loading fails. */
class PluginClassesTest {
    /** A plugin whose constructor fails. */
    public static final class Broken implements Runnable {
        public Broken() {
            throw new IllegalStateException("no weights file");
        }

        @Override
        public void run() {
        }
    }

    @Test
    void classNamesHaveADotOrACapitalAndBuiltInNamesDoNot() {
        assertThat(ClassNames.looksLikeClassName("com.example.MyInit")).isTrue();
        assertThat(ClassNames.looksLikeClassName("MyInit")).isTrue();
        assertThat(ClassNames.looksLikeClassName("my.init")).isTrue();
        assertThat(ClassNames.looksLikeClassName("xavier")).isFalse();
        assertThat(ClassNames.looksLikeClassName("he-normal")).isFalse();
        assertThat(ClassNames.looksLikeClassName("My-Init")).isFalse();
        assertThat(ClassNames.looksLikeClassName("com..Init")).isFalse();
        assertThat(ClassNames.looksLikeClassName("1Init")).isFalse();
    }

    @Test
    void aClassWithAPublicNoArgumentConstructorIsCreated() {
        assertThat(PluginClasses.instantiate("java.lang.Thread", Runnable.class, "task")).isInstanceOf(Thread.class);
    }

    @Test
    void eachWayOfFailingIsOneLineNamingTheClass() {
        assertThatThrownBy(() -> PluginClasses.instantiate("com.example.Missing", Runnable.class, "initializer"))
                .hasMessage("initializer class 'com.example.Missing' was not found on the class path; compile it and "
                        + "run with INITLAB_CLASSPATH=FOLDER_OR_JAR ./initlab ...");
        assertThatThrownBy(() -> PluginClasses.instantiate("java.lang.StringBuilder", Runnable.class, "task"))
                .hasMessage("task class 'java.lang.StringBuilder' does not implement java.lang.Runnable");
        assertThatThrownBy(() -> PluginClasses.instantiate("java.lang.Integer", Comparable.class, "value"))
                .hasMessage("value class 'java.lang.Integer' needs a public no-argument constructor");
        assertThatThrownBy(() -> PluginClasses.instantiate(Broken.class.getName(), Runnable.class, "task"))
                .hasMessage("task class '" + Broken.class.getName() + "' could not be created: "
                        + "java.lang.IllegalStateException: no weights file");
    }
}
