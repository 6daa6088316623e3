/** Lesson 11 — orthogonal initialization and dynamical isometry: the input–output Jacobian's singular values. */
package isometry;
