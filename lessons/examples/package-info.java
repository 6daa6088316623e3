/**
 * Example programs written against the public API, as a student would: an activation (softsign, which
 * no assignment asks for) and a complete training program. They are compiled with the project so they never rot.
 */
package examples;
