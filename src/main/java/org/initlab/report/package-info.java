/**
 * Reports: Markdown rendered to HTML, probe and training outputs, the course index.
 */
package org.initlab.report;
