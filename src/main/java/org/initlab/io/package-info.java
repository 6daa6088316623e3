/**
 * Files: output folders (atomic writes, one run per folder with a lock and a manifest, interrupted runs marked),
 * the network file format, strict number reading, memory checks before large allocations, and loading students'
 * classes by name.
 */
package org.initlab.io;
