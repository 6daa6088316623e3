/** Lesson 10 — the edge of chaos: mean-field phases, the correlation map, depth scales and trainability. */
package edgeofchaos;
