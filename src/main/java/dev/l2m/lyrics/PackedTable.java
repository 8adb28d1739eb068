package dev.l2m.lyrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A read-only map from ASCII keys to ASCII values, kept as the bytes of its sorted
 * {@code key<TAB>value} lines: a few MB for the whole pronouncing dictionary, where a HashMap of
 * Strings would take several times that and load far slower. A lookup is a binary search over the
 * bytes themselves (each probe backs up to the start of its line), so loading is just the inflate:
 * no index is built unless something walks the table by position.
 */
final class PackedTable {
  /** Tables read from l2m's own resources, kept for the life of the JVM. */
  private static final Map<String, PackedTable> BUNDLED = new HashMap<>();

  private final byte[] data;
  private volatile int[] lineStarts;

  private PackedTable(byte[] data) {
    this.data = data;
  }

  /**
   * The table in one of l2m's resources, read on first use and then shared. Thread-safe: a second
   * caller waits for a load in progress; a failed load is not remembered, so it is reported again.
   */
  static synchronized PackedTable bundled(String name) {
    PackedTable table = BUNDLED.get(name);
    if (table == null) {
      table = fromResource(name);
      BUNDLED.put(name, table);
    }
    return table;
  }

  /** Reads a gzip'd table from the class path; the lines must be sorted by their bytes. */
  static PackedTable fromResource(String name) {
    try (InputStream in = PackedTable.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "the resource " + name + " is missing from the l2m jar: rebuild or reinstall l2m");
      }
      return fromGzip(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + name + " from the l2m jar", e);
    }
  }

  static PackedTable fromGzip(InputStream in) throws IOException {
    try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
      return new PackedTable(gz.readAllBytes());
    }
  }

  /** Number of lines (builds the line index on first use; lookups do not need it). */
  int size() {
    return index().length;
  }

  /** The value stored for {@code key}, if any. */
  Optional<String> get(String key) {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    // invariant: the key's line, if present, starts in [lo, hi)
    int lo = 0;
    int hi = data.length;
    while (lo < hi) {
      int start = lineStart((lo + hi) >>> 1);
      int cmp = compareKey(start, k);
      if (cmp == 0) {
        int valueStart = start + k.length + 1;
        int end = lineEnd(valueStart);
        return Optional.of(new String(data, valueStart, end - valueStart, StandardCharsets.UTF_8));
      }
      if (cmp < 0) {
        lo = lineEnd(start) + 1;
      } else {
        hi = start;
      }
    }
    return Optional.empty();
  }

  /** The key of line {@code index}, in sorted order. */
  String keyAt(int index) {
    int start = index()[index];
    int end = start;
    while (data[end] != '\t') {
      end++;
    }
    return new String(data, start, end - start, StandardCharsets.UTF_8);
  }

  private int lineStart(int pos) {
    int i = pos;
    while (i > 0 && data[i - 1] != '\n') {
      i--;
    }
    return i;
  }

  private int lineEnd(int pos) {
    int i = pos;
    while (i < data.length && data[i] != '\n') {
      i++;
    }
    return i;
  }

  private int[] index() {
    int[] starts = lineStarts;
    if (starts == null) {
      int lines = 0;
      for (byte b : data) {
        if (b == '\n') {
          lines++;
        }
      }
      starts = new int[lines];
      int line = 0;
      int start = 0;
      for (int i = 0; i < data.length; i++) {
        if (data[i] == '\n') {
          starts[line++] = start;
          start = i + 1;
        }
      }
      lineStarts = starts;
    }
    return starts;
  }

  private int compareKey(int lineStart, byte[] key) {
    int i = lineStart;
    for (byte b : key) {
      byte stored = data[i];
      if (stored == '\t') {
        return -1;
      }
      int cmp = Integer.compare(Byte.toUnsignedInt(stored), Byte.toUnsignedInt(b));
      if (cmp != 0) {
        return cmp;
      }
      i++;
    }
    return data[i] == '\t' ? 0 : 1;
  }

  /** Bytes held (the index, which lookups do not use, is left out), for the benchmark. */
  long retainedBytes() {
    return data.length;
  }
}
