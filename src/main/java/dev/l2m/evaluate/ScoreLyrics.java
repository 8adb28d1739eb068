package dev.l2m.evaluate;

import dev.l2m.score.Ticks;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lyrics of a score as plain text, one phrase per line: a line ends at a rest of a beat or
 * more, at a word ending in punctuation, or at a note held for two beats once the line has some
 * length; a rest of a whole bar or more also ends the stanza (a blank line). Lines too short to
 * be a phrase are joined to the next one; very long ones are cut.
 */
public final class ScoreLyrics {
  /** Fewest syllables a line keeps on its own. */
  static final int MIN_LINE_SYLLABLES = 4;

  /** A note held for two beats or more ends a line of at least this many syllables. */
  static final int HELD_NOTE_LINE_SYLLABLES = 6;

  /** Most syllables a line takes before it is cut at the next word. */
  static final int MAX_LINE_SYLLABLES = 20;

  private static final Pattern PHRASE_END = Pattern.compile(".*[.,;:!?]['\"’”)]*$");

  private ScoreLyrics() {}

  /** The lyrics text, or empty when nothing is sung. */
  public static String text(ScoreMelody melody) {
    List<SungWord> words = LyricWords.rebuild(SungSyllables.of(melody));
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    int lineSyllables = 0;
    for (int i = 0; i < words.size(); i++) {
      SungWord w = words.get(i);
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(written(w));
      lineSyllables += w.syllables().size();
      SungSyllable last = w.syllables().get(w.syllables().size() - 1);
      ScoreMeasure bar = melody.measures().get(last.measure());
      boolean lastWord = i == words.size() - 1;
      boolean stanzaEnd = last.restAfter() >= bar.nominal() - ScoreMeasure.EPSILON;
      boolean heldNote =
          lineSyllables >= HELD_NOTE_LINE_SYLLABLES
              && last.duration() >= 2 * beat(bar) - ScoreMeasure.EPSILON;
      boolean phraseEnd =
          stanzaEnd
              || last.restAfter() >= beat(bar) - ScoreMeasure.EPSILON
              || PHRASE_END.matcher(last.text()).matches()
              || heldNote
              || lineSyllables >= MAX_LINE_SYLLABLES;
      if (lastWord || (phraseEnd && lineSyllables >= MIN_LINE_SYLLABLES)) {
        out.append(line).append('\n');
        if (stanzaEnd && !lastWord) {
          out.append('\n');
        }
        line.setLength(0);
        lineSyllables = 0;
      }
    }
    return out.toString();
  }

  private static double beat(ScoreMeasure bar) {
    return bar.time().beatTicks() / (double) Ticks.PER_QUARTER;
  }

  /** The word as the score writes it, syllables joined, hyphens and stray spaces removed. */
  private static String written(SungWord w) {
    StringBuilder b = new StringBuilder();
    for (SungSyllable s : w.syllables()) {
      b.append(s.text().strip());
    }
    String word = b.toString().replaceAll("\\s+", " ");
    // a syllable written with its own hyphen ("sil-") would split the word when re-parsed
    return word.replaceAll("(?<=\\p{L})-(?=\\p{L})", "");
  }
}
