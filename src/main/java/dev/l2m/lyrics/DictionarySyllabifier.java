package dev.l2m.lyrics;

import dev.l2m.score.Syllabic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Syllables and stress from the pronouncing dictionary, with {@link SpellingRules} for words it
 * lacks (names, invented words, "la", elisions such as "heav'n"). Also offers each word's other
 * readings (ev'ry for every) so that a lyric's metre can choose between them.
 */
public final class DictionarySyllabifier implements Syllabifier {
  /** Poetic elisions the dictionary lacks, with their stress codes. */
  private static final Map<String, String> ELISIONS =
      Map.ofEntries(
          Map.entry("o'er", "1"),
          Map.entry("e'er", "1"),
          Map.entry("ne'er", "1"),
          Map.entry("e'en", "1"),
          Map.entry("ta'en", "1"),
          Map.entry("th'", "0"),
          Map.entry("o'", "0"),
          Map.entry("'neath", "1"),
          Map.entry("'twixt", "1"),
          Map.entry("'twill", "1"),
          Map.entry("'twere", "1"),
          Map.entry("'twould", "1"),
          Map.entry("'gainst", "1"),
          Map.entry("'mid", "1"),
          Map.entry("'midst", "1"),
          Map.entry("whate'er", "21"),
          Map.entry("where'er", "21"),
          Map.entry("whene'er", "21"));

  private final PronouncingDictionary dictionary;
  private final SpellingRules rules;

  public DictionarySyllabifier(PronouncingDictionary dictionary, SpellingRules rules) {
    this.dictionary = dictionary;
    this.rules = rules;
  }

  /** A syllabifier over the bundled dictionary and rules (loaded lazily, shared). */
  public static DictionarySyllabifier bundled() {
    return new DictionarySyllabifier(PronouncingDictionary.bundled(), SpellingRules.bundled());
  }

  @Override
  public Word syllabify(String token) {
    return readings(token).get(0);
  }

  /**
   * Every way the word may be sung, the spoken form first; further readings differ in syllable
   * count (the dictionary's variants, and a compressed sung form such as ev'ry or heav'n).
   */
  @Override
  public List<Word> readings(String token) {
    String key = key(token);
    List<Pronunciation> known = known(key);
    WordSource source = known.isEmpty() ? WordSource.RULES : WordSource.DICTIONARY;
    List<Pronunciation> options = new ArrayList<>(known);
    if (options.isEmpty()) {
      options.add(rules.pronounce(token));
    }
    boolean compressible = SungForms.compressible(key);
    if (compressible) {
      options.sort((a, b) -> Integer.compare(b.syllableCount(), a.syllableCount()));
      Pronunciation spoken = options.get(0);
      boolean hasShorter =
          options.stream().anyMatch(p -> p.syllableCount() == spoken.syllableCount() - 1);
      if (!hasShorter) {
        SungForms.compress(spoken).ifPresent(options::add);
      }
    }
    List<Word> readings = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (Pronunciation p : options) {
      if (counts.contains(p.syllableCount())) {
        continue;
      }
      Word w = build(token, key, p, source);
      if (!counts.contains(w.syllables().size())) {
        counts.add(w.syllables().size());
        readings.add(w);
      }
    }
    return List.copyOf(readings);
  }

  /** The user's own split (from {@code beau--ti--ful}), with stress from the dictionary. */
  @Override
  public Word split(String token, List<String> pieces) {
    String key = key(token);
    Optional<Pronunciation> same =
        known(key).stream().filter(p -> p.syllableCount() == pieces.size()).findFirst();
    String pattern =
        same.map(Pronunciation::stressPattern)
            .orElseGet(() -> rules.stressPattern(token, pieces.size()));
    boolean function = FunctionWords.contains(key);
    List<Syllable> syllables = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      int stress =
          pieces.size() == 1 ? (function ? 0 : 1) : pattern.charAt(i) - '0';
      syllables.add(new Syllable(pieces.get(i), stress, Syllabic.of(i, pieces.size()), 1));
    }
    return new Word(token, syllables, WordSource.USER, function);
  }

  private List<Pronunciation> known(String key) {
    String elision = ELISIONS.get(key);
    if (elision != null) {
      return List.of(new Pronunciation(elision));
    }
    List<Pronunciation> found = dictionary.pronunciations(key);
    if (!found.isEmpty()) {
      return found;
    }
    if (key.endsWith("in'") && key.length() > 3) {
      found = dictionary.pronunciations(key.substring(0, key.length() - 1) + "g");
      if (!found.isEmpty()) {
        return found;
      }
    }
    if (key.endsWith("'s") && key.length() > 2) {
      String base = key.substring(0, key.length() - 2);
      boolean extra =
          base.endsWith("s") || base.endsWith("z") || base.endsWith("x") || base.endsWith("ch")
              || base.endsWith("sh") || base.endsWith("ce") || base.endsWith("ge");
      List<Pronunciation> out = new ArrayList<>();
      for (Pronunciation p : dictionary.pronunciations(base)) {
        out.add(extra ? new Pronunciation(p.code() + "3") : p);
      }
      return out;
    }
    return List.of();
  }

  private Word build(String token, String key, Pronunciation p, WordSource source) {
    int n = p.syllableCount();
    int[] perGroup =
        rules.syllablesPerGroup(token, n).orElseGet(() -> rules.syllablesPerGroup(token));
    List<String> parts = SpellingSplit.split(token, perGroup, n, Optional.of(p));
    boolean function = FunctionWords.contains(key);
    int[] stresses = fit(p.stresses(), parts.size());
    List<Syllable> syllables = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      int stress = parts.size() == 1 ? (function ? 0 : 1) : stresses[i];
      syllables.add(new Syllable(parts.get(i), stress, Syllabic.of(i, parts.size()), 1));
    }
    return new Word(token, syllables, source, function);
  }

  /** Stress digits for fewer written pieces than spoken syllables (short acronyms): keep the 1. */
  private static int[] fit(int[] stresses, int count) {
    if (stresses.length == count) {
      return stresses;
    }
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = stresses[Math.min(i, stresses.length - 1)];
    }
    boolean primary = false;
    for (int s : out) {
      primary |= s == 1;
    }
    if (!primary) {
      out[0] = 1;
    }
    return out;
  }

  /** Lower case, accents removed, straight apostrophes: the form the dictionary is keyed by. */
  static String key(String token) {
    return SpellingRules.letters(token.strip()).toLowerCase(Locale.ROOT);
  }
}
