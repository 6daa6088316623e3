/**
 * Example programs written against the public API, as a student would: an initializer, an activation
 * and a complete training program. They are compiled with the project so they never rot.
 */
package examples;
