package dev.l2m.batch;

import dev.l2m.output.OutputFiles;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives every item a distinct, safe base name inside the output folder. Names are sanitized by
 * {@link OutputFiles#sanitize} and made unique without regard to case (so they also stay
 * distinct on macOS and Windows) by appending {@code -2}, {@code -3}, ... in input order, which
 * makes the result the same on every run, every resume and every shard.
 */
public final class OutputNames {
  private final Set<String> taken = new HashSet<>();

  /** A fresh name for {@code wanted} (any text: an id, a title, a file name). */
  public String allocate(String wanted) {
    String base = OutputFiles.sanitize(wanted);
    if (taken.add(fold(base))) {
      return base;
    }
    for (int n = 2; ; n++) {
      String suffix = "-" + n;
      String candidate = OutputFiles.sanitize(shorten(base, suffix)) + suffix;
      if (taken.add(fold(candidate))) {
        return candidate;
      }
    }
  }

  private static String shorten(String base, String suffix) {
    int room = OutputFiles.MAX_BASE_NAME - 1 - suffix.length();
    StringBuilder sb = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < base.length(); ) {
      int cp = base.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (bytes + size > room) {
        break;
      }
      sb.appendCodePoint(cp);
      bytes += size;
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static String fold(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
