package org.initlab.io;

/**
 * Loads a student's own class by its fully qualified name (e.g. {@code com.example.MyHeNormal}) from the class path
 * (add a folder or jar with {@code INITLAB_CLASSPATH=DIR ./initlab ...}) and makes one with its public no-argument
 * constructor. Errors say what is wrong: not found, not of the right interface, no usable constructor.
 */
public final class PluginClasses {
    private PluginClasses() {
    }

    /**
     * Whether {@code name} looks like a class name rather than a built-in name: Java identifiers joined by dots, with a
     * dot or a capital first letter ({@code com.example.MyInit}, {@code MyInit}); built-in names are lower case.
     */
    public static boolean looksLikeClassName(String name) {
        return name.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")
                && (name.contains(".") || Character.isUpperCase(name.charAt(0)));
    }

    /** A new instance of class {@code name}, which must implement {@code type}. */
    public static <T> T instantiate(String name, Class<T> type, String what) {
        Class<?> cls;
        try {
            cls = Class.forName(name, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException(what + " class '" + name + "' was not found on the class path; "
                    + "compile it and run with INITLAB_CLASSPATH=FOLDER_OR_JAR ./initlab ...");
        }
        if (!type.isAssignableFrom(cls)) {
            throw new IllegalArgumentException(what + " class '" + name + "' does not implement " + type.getName());
        }
        try {
            return type.cast(cls.getConstructor().newInstance());
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(what + " class '" + name + "' needs a public no-argument constructor");
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(what + " class '" + name + "' could not be created: " + cause);
        }
    }
}
