package dev.l2m.compose;

import dev.l2m.lyrics.Syllable;
import dev.l2m.lyrics.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One lyric line with what the composer needs to know about it.
 *
 * @param stanza stanza index
 * @param index line index inside its stanza
 * @param section the stanza's section label, or empty
 * @param syllables the sung syllables
 * @param words the word each syllable belongs to
 * @param accents one per syllable
 * @param notes notes per syllable
 * @param cadence how the phrase ends
 * @param highPoint syllable index of the line's most important word (its stressed syllable)
 * @param text the words, lower case, for spotting repeated lines
 * @param lineEnd true when this piece ends its lyric line (long lines are sung as several pieces)
 */
record LineInfo(
    int stanza,
    int index,
    String section,
    List<Syllable> syllables,
    List<Word> words,
    List<Accent> accents,
    int[] notes,
    Cadence cadence,
    int highPoint,
    String text,
    boolean lineEnd) {

  static LineInfo of(
      int stanza, int index, String section, List<Word> lineWords, boolean lineEnd,
      Cadence cadence, Set<String> emphasis) {
    List<Syllable> syllables = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    List<Accent> accents = new ArrayList<>();
    int best = -1;
    double bestScore = -1;
    for (Word w : lineWords) {
      boolean emphasised = emphasis.contains(w.text().toLowerCase(Locale.ROOT));
      for (Syllable s : w.syllables()) {
        Accent a = Accent.of(w, s);
        if (a.isHeavy() || (w.syllables().size() == 1 && !w.functionWord())) {
          double score = (emphasised ? 100 : 0) + (w.functionWord() ? 0 : w.text().length())
              + 0.01 * syllables.size();
          if (score > bestScore) {
            bestScore = score;
            best = syllables.size();
          }
        }
        syllables.add(s);
        words.add(w);
        accents.add(a);
      }
    }
    int[] notes = syllables.stream().mapToInt(Syllable::notes).toArray();
    return new LineInfo(
        stanza, index, section, List.copyOf(syllables), List.copyOf(words),
        List.copyOf(accents), notes, cadence, Math.max(0, best),
        String.join(" ", lineWords.stream().map(w -> w.text().toLowerCase(Locale.ROOT)).toList()),
        lineEnd);
  }

  /** The stress shape of the line: lines with equal patterns can share a rhythm. */
  String pattern() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < accents.size(); i++) {
      b.append(accents.get(i).code());
      if (notes[i] > 1) {
        b.append(notes[i]);
      }
    }
    return b.toString();
  }

  int noteCount() {
    int total = 0;
    for (int n : notes) {
      total += n;
    }
    return total;
  }
}
