/**
 * Lesson 7: He/Kaiming initialization.
 */
package he;
