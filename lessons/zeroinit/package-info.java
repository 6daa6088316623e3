/**
 * Lesson 2: zero initialization.
 */
package zeroinit;
