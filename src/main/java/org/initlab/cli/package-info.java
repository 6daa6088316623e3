/**
 * The {@code initlab} command line (picocli): one class per verb.
 */
package org.initlab.cli;
