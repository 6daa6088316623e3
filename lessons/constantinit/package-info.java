/**
 * Lesson 3: the same non-zero constant.
 */
package constantinit;
