/**
 * Lesson 12 — remedies: what residual connections, normalization and gradient clipping change, and what init still
 * decides.
 */
package remedies;
