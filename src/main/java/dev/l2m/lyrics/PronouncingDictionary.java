package dev.l2m.lyrics;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Word → pronunciations (syllable count and stress 0/1/2 per syllable), from the CMU Pronouncing
 * Dictionary (see {@code CMUDICT-LICENSE.txt} next to the resource). About 125,000 words; the
 * bundled copy loads on first use in a few tens of milliseconds and holds a few MB.
 */
public final class PronouncingDictionary {
  static final String RESOURCE = "/dev/l2m/lyrics/cmudict.txt.gz";

  private final PackedTable table;

  private PronouncingDictionary(PackedTable table) {
    this.table = table;
  }

  /** The dictionary bundled with l2m, loaded once on first use (thread-safe). */
  public static PronouncingDictionary bundled() {
    return new PronouncingDictionary(PackedTable.bundled(RESOURCE));
  }

  /** Reads a dictionary in the bundled format (gzip'd sorted "word TAB codes" lines). */
  public static PronouncingDictionary read(InputStream gzip) throws IOException {
    return new PronouncingDictionary(PackedTable.fromGzip(gzip));
  }

  /** Number of words. */
  public int size() {
    return table.size();
  }

  /** True when the word (any case; straight or curly apostrophes) is in the dictionary. */
  public boolean contains(String word) {
    return lookupKey(word).flatMap(table::get).isPresent();
  }

  /** Every pronunciation of the word, the most common first; empty when the word is unknown. */
  public List<Pronunciation> pronunciations(String word) {
    Optional<String> codes = lookupKey(word).flatMap(table::get);
    if (codes.isEmpty()) {
      return List.of();
    }
    List<Pronunciation> out = new ArrayList<>(2);
    for (String code : codes.get().split(" ")) {
      out.add(new Pronunciation(code));
    }
    return List.copyOf(out);
  }

  /**
   * The stress digits of the word's first pronunciation (1 primary, 2 secondary, 0 none), one per
   * syllable, or empty when the word is not in the dictionary.
   */
  public Optional<int[]> stresses(String word) {
    List<Pronunciation> all = pronunciations(word);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).stresses());
  }

  /** The word at {@code index} in sorted order, for benchmarks that walk the whole dictionary. */
  String wordAt(int index) {
    return table.keyAt(index);
  }

  long retainedBytes() {
    return table.retainedBytes();
  }

  private static Optional<String> lookupKey(String word) {
    String key = word.strip().replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!((c >= 'a' && c <= 'z') || c == '\'')) {
        return Optional.empty();
      }
    }
    return Optional.of(key);
  }
}
