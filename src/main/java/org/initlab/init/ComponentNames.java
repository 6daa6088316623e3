package org.initlab.init;

import org.initlab.activation.Activation;
import org.initlab.activation.Activations;

/**
 * How a lesson or the lab turns the activation and initializer names it is given ({@code --activation relu},
 * {@code --init normal:std=0.01}) into objects. {@link #BUILT_IN} knows the library's names; the command line passes
 * one that also loads a student's own class ({@code --init MyInit}), so neither needs code for that.
 */
public interface ComponentNames {
    /** The library's built-in names only: {@link Activations#byName} and {@link Initializers#byName}. */
    ComponentNames BUILT_IN = new ComponentNames() {
        @Override
        public Activation activation(String spec) {
            return Activations.byName(spec);
        }

        @Override
        public Initializer initializer(String spec) {
            return Initializers.byName(spec);
        }

        @Override
        public Initializer initializer(String name, InitParams params) {
            return Initializers.create(name, params);
        }
    };

    /** A new activation for {@code spec} (e.g. {@code tanh}, {@code leaky-relu:0.2}). */
    Activation activation(String spec);

    /** A new initializer for {@code spec} (e.g. {@code he-normal}, {@code normal:std=0.01}). */
    Initializer initializer(String spec);

    /** A new initializer called {@code name} with these parameters, as {@link Initializers#create}. */
    Initializer initializer(String name, InitParams params);

    /** Whether a class name ({@code com.example.MyInit}) is loaded as a student's class; built-in names only if not. */
    default boolean loadsClasses() {
        return false;
    }
}
