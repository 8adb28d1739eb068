package dev.l2m.lyrics;

import java.io.ByteArrayOutputStream;
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
 * {@code key<TAB>value} lines plus one offset per line: a few MB for the whole pronouncing
 * dictionary, where a HashMap of Strings would take several times that and load far slower.
 */
final class PackedTable {
  /** Tables read from l2m's own resources, kept for the life of the JVM. */
  private static final Map<String, PackedTable> BUNDLED = new HashMap<>();

  private final byte[] data;
  private final int[] lineStarts;

  private PackedTable(byte[] data, int[] lineStarts) {
    this.data = data;
    this.lineStarts = lineStarts;
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
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 21);
    try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
      gz.transferTo(out);
    }
    byte[] bytes = out.toByteArray();
    int lines = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    int[] starts = new int[lines];
    int line = 0;
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        starts[line++] = start;
        start = i + 1;
      }
    }
    return new PackedTable(bytes, starts);
  }

  int size() {
    return lineStarts.length;
  }

  /** The value stored for {@code key}, if any. */
  Optional<String> get(String key) {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int cmp = compareKey(lineStarts[mid], k);
      if (cmp < 0) {
        lo = mid + 1;
      } else if (cmp > 0) {
        hi = mid - 1;
      } else {
        int valueStart = lineStarts[mid] + k.length + 1;
        int end = valueStart;
        while (end < data.length && data[end] != '\n') {
          end++;
        }
        return Optional.of(new String(data, valueStart, end - valueStart, StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  /** The key of line {@code index}, in sorted order. */
  String keyAt(int index) {
    int start = lineStarts[index];
    int end = start;
    while (data[end] != '\t') {
      end++;
    }
    return new String(data, start, end - start, StandardCharsets.UTF_8);
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

  /** Bytes held, for the memory figures in the benchmark. */
  long retainedBytes() {
    return data.length + 4L * lineStarts.length;
  }
}
