/**
 * Lesson 4: small random values.
 */
package smallinit;
