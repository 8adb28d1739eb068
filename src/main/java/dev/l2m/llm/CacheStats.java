package dev.l2m.llm;

import java.nio.file.Path;

/**
 * What the response cache holds.
 *
 * @param directory where the disk cache lives
 * @param memoryEntries answers held in memory by this process
 * @param diskEntries answers stored on disk (expired ones included until they are read or
 *     cleared)
 * @param diskBytes bytes used on disk
 * @param hits lookups answered by the cache in this process
 * @param misses lookups that had to ask the model in this process
 */
public record CacheStats(
    Path directory, long memoryEntries, int diskEntries, long diskBytes, long hits, long misses) {}
