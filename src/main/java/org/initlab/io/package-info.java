/**
 * Files: output folders (atomic writes, one run per folder with a lock and a manifest, interrupted runs marked),
 * the network file format, strict number reading, and memory checks before large allocations. (Loading a
 * student's class by name is the command line's: {@code org.initlab.cli.PluginClasses}.)
 */
package org.initlab.io;
