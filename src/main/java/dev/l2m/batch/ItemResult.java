package dev.l2m.batch;

import java.util.List;
import java.util.Objects;

/**
 * What happened to one item.
 *
 * @param index position over all inputs, 0-based
 * @param origin where the item came from
 * @param name the output base name
 * @param correlationId the id on this item's log lines ({@code item} in the log's MDC)
 * @param status how it ended
 * @param files the files written (or written by the earlier run, for a skipped item)
 * @param analysisSource where the analysis came from ("offline lexicon", "language model"...), or null
 * @param emotion the emotion composed with, or null
 * @param key the key, or null
 * @param tempo the tempo, or 0 when unknown
 * @param seed the seed, or null
 * @param readMillis time spent reading the lyrics
 * @param composeMillis time spent analysing and composing
 * @param writeMillis time spent writing files
 * @param error why it failed, or null
 */
public record ItemResult(
    long index,
    String origin,
    String name,
    String correlationId,
    ItemStatus status,
    List<String> files,
    String analysisSource,
    String emotion,
    String key,
    int tempo,
    Long seed,
    long readMillis,
    long composeMillis,
    long writeMillis,
    String error) {

  public ItemResult {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    files = List.copyOf(files);
  }

  /** A failure before or while making the item. */
  static ItemResult failed(BatchItem item, String name, String correlationId, String error, long[] millis) {
    return new ItemResult(
        item.index(), item.origin(), name, correlationId, ItemStatus.FAILED, List.of(), null, null, null, 0,
        null, millis[0], millis[1], millis[2], error);
  }

  /** An item an earlier run finished. */
  static ItemResult skipped(BatchItem item, String name, List<String> files) {
    return new ItemResult(
        item.index(), item.origin(), name, null, ItemStatus.SKIPPED, files, null, null, null, 0, null, 0, 0,
        0, null);
  }

  public long totalMillis() {
    return readMillis + composeMillis + writeMillis;
  }
}
