/**
 * Lesson 0: a first training run.
 */
package firstrun;
