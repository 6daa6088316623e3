/**
 * Lesson 1: weight distributions.
 */
package distributions;
