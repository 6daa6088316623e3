/**
 * Lesson 8: every initializer × activation × depth.
 */
package comparison;
