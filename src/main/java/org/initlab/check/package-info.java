/**
 * Graders for course assignments: a student's initializer against a built-in one, and a student's
 * activation's derivative.
 */
package org.initlab.check;
