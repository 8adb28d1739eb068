package dev.l2m.lyrics;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Words singers often compress by one syllable (every as ev'ry, heaven as heav'n, fire, power,
 * glorious...). Their spoken form stays the default; the compressed one is offered to the metre
 * fitter.
 */
final class SungForms {
  private static final Set<String> COMPRESSIBLE =
      Set.of(
          "every", "everything", "everyone", "everybody", "everywhere", "heaven", "heavens",
          "heavenly", "heaven's", "our", "ours", "hour", "hours", "fire", "fires", "desire",
          "desires", "power", "powers", "tower", "towers", "flower", "flowers", "shower",
          "showers", "glorious", "given", "evening", "wandering", "memory", "family", "different",
          "several", "violet", "prayer", "prayers", "higher", "liar", "choir", "spirit", "even",
          "over", "never", "ever", "seven", "whatever", "forever", "whoever");

  private SungForms() {}

  static boolean compressible(String word) {
    return COMPRESSIBLE.contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
  }

  /**
   * The spoken pronunciation with one unstressed syllable after the primary stress dropped, or
   * empty when there is none to drop.
   */
  static Optional<Pronunciation> compress(Pronunciation spoken) {
    String code = spoken.code();
    if (code.length() < 2) {
      return Optional.empty();
    }
    int primary = Math.max(0, spoken.primaryIndex());
    for (int i = primary + 1; i < code.length(); i++) {
      if (spoken.stress(i) == 0) {
        return Optional.of(new Pronunciation(code.substring(0, i) + code.substring(i + 1)));
      }
    }
    return Optional.empty();
  }
}
