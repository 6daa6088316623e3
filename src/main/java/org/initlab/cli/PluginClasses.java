package org.initlab.cli;

import java.util.Locale;
import org.initlab.activation.Activation;
import org.initlab.activation.Activations;
import org.initlab.init.ComponentNames;
import org.initlab.init.InitParams;
import org.initlab.init.Initializer;
import org.initlab.init.Initializers;
import org.initlab.names.ClassNames;

/**
 * Where a name typed on the command line may also be a student's own class: a fully qualified class name
 * ({@code com.example.MyHeNormal}, or {@code MyHeNormal} in the default package) is loaded from the class path (add a
 * folder or jar with {@code INITLAB_CLASSPATH=DIR ./initlab ...}) and made with its public no-argument constructor;
 * any other name goes to the library's built-in registries ({@link Activations#byName}, {@link Initializers#create}).
 * The library itself knows only its built-in names; loading classes is the command line's business.
 * Errors say what is wrong: not found, not of the right interface, no usable constructor.
 */
public final class PluginClasses {
    /** Built-in names and students' classes, for the lessons and for {@code initlab serve --allow-classes}. */
    public static final ComponentNames NAMES = new ComponentNames() {
        @Override
        public Activation activation(String spec) {
            return PluginClasses.activation(spec);
        }

        @Override
        public Initializer initializer(String spec) {
            return PluginClasses.initializer(spec);
        }

        @Override
        public Initializer initializer(String name, InitParams params) {
            return PluginClasses.initializer(name, params);
        }

        @Override
        public boolean loadsClasses() {
            return true;
        }
    };

    private PluginClasses() {
    }

    /** The student's activation class {@code spec}, or the built-in activation of that name. */
    public static Activation activation(String spec) {
        String text = spec.trim();
        return ClassNames.looksLikeClassName(text) ? instantiate(text, Activation.class, "activation")
                : Activations.byName(text);
    }

    /** The student's initializer class {@code spec}, or the built-in specification ({@code normal:std=0.01}). */
    public static Initializer initializer(String spec) {
        String text = spec.trim();
        return isOwnInitializer(text) ? instantiate(text, Initializer.class, "initializer") : Initializers.byName(text);
    }

    /** Like {@link Initializers#create}, or the student's class {@code name} (which then takes no parameters). */
    public static Initializer initializer(String name, InitParams params) {
        String text = name.trim();
        if (!isOwnInitializer(text)) {
            return Initializers.create(text, params);
        }
        Initializer own = instantiate(text, Initializer.class, "initializer");
        params.requireAllUsed();
        return own;
    }

    private static boolean isOwnInitializer(String name) {
        return !Initializers.names().contains(name.toLowerCase(Locale.ROOT)) && ClassNames.looksLikeClassName(name);
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
