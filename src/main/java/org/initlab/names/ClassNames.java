package org.initlab.names;

/**
 * Telling a class name from a built-in name: {@code com.example.MyInit} and {@code MyInit} are class names,
 * {@code he-normal} and {@code relu} are not. Only the shape is read; loading the class is the command line's
 * business ({@code org.initlab.cli.PluginClasses}).
 */
public final class ClassNames {
    private ClassNames() {
    }

    /**
     * Whether {@code name} looks like a class name rather than a built-in name: Java identifiers joined by dots, with a
     * dot or a capital first letter ({@code com.example.MyInit}, {@code MyInit}); built-in names are lower case.
     */
    public static boolean looksLikeClassName(String name) {
        return name.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")
                && (name.contains(".") || Character.isUpperCase(name.charAt(0)));
    }
}
