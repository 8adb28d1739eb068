package dev.l2m.lyrics;

import dev.l2m.score.Syllabic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Syllables and stress from spelling alone ({@link SpellingRules}, learned from the training part
 * of the pronouncing dictionary). {@link DictionarySyllabifier} uses the same rules for the words
 * its dictionary lacks; this class serves tests, benchmarks and callers that want no dictionary.
 */
public final class RuleSyllabifier implements Syllabifier {
  private final SpellingRules rules;

  /** Rules bundled with l2m. */
  public RuleSyllabifier() {
    this(SpellingRules.bundled());
  }

  public RuleSyllabifier(SpellingRules rules) {
    this.rules = rules;
  }

  @Override
  public Word syllabify(String token) {
    int[] perGroup = rules.syllablesPerGroup(token);
    int count = 0;
    for (int k : perGroup) {
      count += k;
    }
    count = Math.max(1, count);
    String pattern = rules.stressPattern(token, count);
    List<String> parts =
        SpellingSplit.split(token, perGroup, count, Optional.of(new Pronunciation(pattern)));
    boolean function = FunctionWords.contains(token);
    List<Syllable> syllables = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      int stress =
          parts.size() == 1
              ? (function ? 0 : 1)
              : (parts.size() == pattern.length() ? pattern.charAt(i) - '0' : (i == 0 ? 1 : 0));
      syllables.add(new Syllable(parts.get(i), stress, Syllabic.of(i, parts.size()), 1));
    }
    return new Word(token, syllables, WordSource.RULES, function);
  }
}
