/**
 * The program: {@link org.initlab.app.Initlab}, the main class, joins the command line ({@code org.initlab.cli}) and
 * the course ({@code course.Course}). Nothing depends on this package.
 */
package org.initlab.app;
