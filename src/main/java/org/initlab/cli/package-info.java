/**
 * The {@code initlab} command line (picocli): one class per verb; the options several verbs share, each declared
 * once in a mixin ({@link org.initlab.cli.SharedOption}); loading a student's own class by name
 * ({@link org.initlab.cli.PluginClasses}); and {@link org.initlab.cli.LessonMain}, every lesson's {@code main}.
 * It names no lesson: {@code org.initlab.app.Initlab} hands it {@code course.Course}'s lessons.
 */
package org.initlab.cli;
