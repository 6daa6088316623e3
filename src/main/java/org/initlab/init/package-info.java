/**
 * Every weight initializer, each a small type whose Javadoc gives its formula and source; the
 * {@link org.initlab.init.Initializers} catalogue of stable names; and the data-dependent
 * {@link org.initlab.init.Lsuv}, whose data step needs a network and so lives in {@code org.initlab.nn}
 * ({@code LsuvCalibration}). Weight matrices are fanIn × fanOut (one column per unit). This package uses no network.
 */
package org.initlab.init;
