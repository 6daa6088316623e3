/**
 * Reference answers to the course's assignments. They live in the test tree, so neither the jar nor lessons/ carries
 * them; the grader's tests use them to show that a right answer passes every criterion.
 */
package solutions;
