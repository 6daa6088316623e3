/**
 * Reports: Markdown rendered to HTML, probe and training outputs, the lesson pages' text and links. (The course
 * index, which needs the lessons' results, is {@code org.initlab.lesson.CourseIndex}.)
 */
package org.initlab.report;
