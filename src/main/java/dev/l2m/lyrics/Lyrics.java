package dev.l2m.lyrics;

import java.util.List;

/**
 * Parsed lyrics: parsed once, read by every later stage, never re-parsed.
 *
 * @param stanzas at least one
 */
public record Lyrics(List<Stanza> stanzas) {
  public Lyrics {
    stanzas = List.copyOf(stanzas);
    if (stanzas.isEmpty()) {
      throw new IllegalArgumentException("lyrics need at least one stanza");
    }
  }

  /** All lines of all stanzas, in order. */
  public List<Line> lines() {
    return stanzas.stream().flatMap(s -> s.lines().stream()).toList();
  }

  /** All words, in order. */
  public List<Word> words() {
    return lines().stream().flatMap(l -> l.words().stream()).toList();
  }

  /** Number of sung syllables (each gets at least one note). */
  public int syllableCount() {
    return lines().stream().mapToInt(Line::syllableCount).sum();
  }

  /** Number of notes the lyrics ask for (melismas count every note). */
  public int noteCount() {
    return lines().stream()
        .flatMap(l -> l.syllables().stream())
        .mapToInt(Syllable::notes)
        .sum();
  }
}
