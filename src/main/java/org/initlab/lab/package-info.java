/**
 * The lab: {@code initlab serve} starts a small local web server whose single page lets a student turn the knobs
 * of initialization (activation, initializer and its parameters, depth, width, ...) and watch every layer's forward
 * and backward statistics against the theory, then train on a 2-D set and watch the loss, accuracy and decision
 * boundary move. The server is the JDK's own {@code com.sun.net.httpserver}; the page and its scripts are resources
 * of the jar, so it works offline.
 *
 * <p>Endpoints: {@code GET /} (the page and its assets), {@code GET /api/options} (the choices and limits),
 * {@code GET /api/probe} (statistics at initialization, JSON), {@code GET /api/train} (a training run as a stream of
 * server-sent events), {@code POST /api/stop}, {@code POST /api/keep} (save the view as a run folder).
 */
package org.initlab.lab;
