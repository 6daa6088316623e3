/**
 * Lesson 6: Xavier/Glorot initialization.
 */
package xavier;
