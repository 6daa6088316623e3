/**
 * What lessons share: the lesson interface, options, run specs, parallel experiments, findings, comparison charts
 * and the course index. A lesson's own {@code main} is {@code org.initlab.cli.LessonMain}; the course (which lessons,
 * in which order) is {@code course.Course}.
 */
package org.initlab.lesson;
