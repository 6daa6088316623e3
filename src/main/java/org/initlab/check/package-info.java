/**
 * Graders for course assignments: a student's initializer against a built-in one, a student's activation's derivative
 * and bulk loops, a student's dead-unit statistic. Each check is a list of named criteria ({@link
 * org.initlab.check.Step}); {@link org.initlab.check.Sandbox} runs them in a child JVM with a time limit, so that
 * System.exit, Runtime.halt, a hang or a crash is a failure with a reason, never a pass. {@link
 * org.initlab.check.ResultFormats} writes the verdicts as text, Gradescope JSON or JUnit XML, and {@link
 * org.initlab.check.Gradebook} grades a folder of submissions into grades.csv and feedback files.
 */
package org.initlab.check;
