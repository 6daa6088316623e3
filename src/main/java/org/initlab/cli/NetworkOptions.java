package org.initlab.cli;

import org.initlab.activation.Activation;
import org.initlab.init.Initializer;
import picocli.CommandLine.Mixin;

/**
 * The fresh network a measuring verb builds ({@code probe}, {@code jacobian}): {@code --activation}, {@code --init}
 * with its parameter options ({@code --std}, {@code --gain}, ...), {@code --depth} and {@code --width}, all required.
 */
final class NetworkOptions {
    @Mixin
    ActivationOption activation = new ActivationOption().required();
    @Mixin
    InitOption init = new InitOption().required();
    @Mixin
    InitParamOptions params;
    @Mixin
    DepthOption depth = new DepthOption().required();
    @Mixin
    WidthOption width = new WidthOption().required();

    /** The activation named by {@code --activation}. */
    Activation activation() {
        return activation.resolve();
    }

    /** The initializer of {@code --init} with the parameter options added. */
    Initializer initializer() {
        return init.resolve(params);
    }

    /** {@code --depth}. */
    int depth() {
        return depth.value;
    }

    /** {@code --width}. */
    int width() {
        return width.value;
    }
}
