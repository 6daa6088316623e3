/**
 * Names a student types: the closest known name to a misspelt one ("did you mean 'train'?"), shared by every
 * registry (verbs, options, initializers, activations, datasets, optimizers, lessons); and telling a class name
 * from a built-in name ({@link org.initlab.names.ClassNames}).
 */
package org.initlab.names;
