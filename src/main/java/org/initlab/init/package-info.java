/**
 * Every weight initializer, each a small type whose Javadoc gives its formula and source; the
 * {@link org.initlab.init.Initializers} catalogue of stable names; gains; and the data-dependent
 * {@link org.initlab.init.Lsuv}. Weight matrices are fanIn × fanOut (one column per unit).
 */
package org.initlab.init;
