/**
 * What lessons share: the lesson interface, options, run specs, parallel experiments, findings
 * and comparison charts.
 */
package org.initlab.lesson;
