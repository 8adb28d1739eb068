package dev.l2m.lyrics;

import java.util.Objects;

/**
 * A word sung in a form other than its spoken one, because the lyric's metre asks for it.
 *
 * @param stanza 1-based stanza number
 * @param line 1-based line number inside the stanza
 * @param word the word as written
 * @param spokenSyllables syllables when spoken
 * @param sungSyllables syllables as sung
 * @param reason one sentence for a person
 */
public record SungFormChoice(
    int stanza, int line, String word, int spokenSyllables, int sungSyllables, String reason) {
  public SungFormChoice {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(reason, "reason");
  }
}
