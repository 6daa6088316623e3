/**
 * The course: the lessons in order.
 */
package course;
