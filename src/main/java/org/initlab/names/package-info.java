/**
 * Names a student types: the closest known name to a misspelt one ("did you mean 'train'?"), shared by every
 * registry (verbs, options, initializers, activations, datasets, optimizers, lessons).
 */
package org.initlab.names;
