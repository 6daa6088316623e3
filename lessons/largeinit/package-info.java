/**
 * Lesson 5: large random values.
 */
package largeinit;
