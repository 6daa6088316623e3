/**
 * Files: output folders, the network file format, and loading students' classes by name.
 */
package org.initlab.io;
