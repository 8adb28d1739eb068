package dev.l2m.bench;

import dev.l2m.evaluate.StressLookup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stress digits from a CMU Pronouncing Dictionary file, for benchmarks and corpus checks until
 * the bundled dictionary is available. Reads the classic text format ({@code WORD  W ER1 D}) and
 * the npm package's {@code index.js} ({@code "word": "W ER1 D",}). Keeps each word's first
 * pronunciation.
 */
public final class CmuStressFile implements StressLookup {
  private static final Pattern JS_ENTRY = Pattern.compile("^\\s*\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TEXT_ENTRY = Pattern.compile("^([^;\\s][^\\s]*)\\s+(.+)$");

  private final Map<String, int[]> stresses;

  private CmuStressFile(Map<String, int[]> stresses) {
    this.stresses = stresses;
  }

  /** Loads a dictionary file. */
  public static CmuStressFile load(Path file) throws IOException {
    Map<String, int[]> map = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
      Matcher m = JS_ENTRY.matcher(line);
      if (!m.find()) {
        m = TEXT_ENTRY.matcher(line);
        if (!m.find()) {
          continue;
        }
      }
      String word = m.group(1).toLowerCase(Locale.ROOT);
      if (word.endsWith(")")) {
        continue; // a variant pronunciation such as "read(2)"
      }
      map.putIfAbsent(word, digits(m.group(2)));
    }
    return new CmuStressFile(map);
  }

  private static int[] digits(String phones) {
    return phones
        .chars()
        .filter(c -> c >= '0' && c <= '2')
        .map(c -> c - '0')
        .toArray();
  }

  /** Number of words known. */
  public int size() {
    return stresses.size();
  }

  @Override
  public Optional<int[]> stresses(String word) {
    int[] d = stresses.get(word.toLowerCase(Locale.ROOT));
    return d == null ? Optional.empty() : Optional.of(d.clone());
  }
}
