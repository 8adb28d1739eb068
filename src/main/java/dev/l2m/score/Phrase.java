package dev.l2m.score;

/**
 * The notes that set one lyric line.
 *
 * @param stanza stanza index (0-based)
 * @param line line index inside the stanza (0-based)
 * @param firstNote index of the phrase's first note in {@link Song#notes()}
 * @param noteCount number of notes (melisma notes included)
 * @param section the section label the line belongs to ("Chorus"), or empty
 */
public record Phrase(int stanza, int line, int firstNote, int noteCount, String section) {
  public Phrase {
    if (firstNote < 0 || noteCount < 0) {
      throw new IllegalArgumentException("phrase note range must not be negative");
    }
    section = section == null ? "" : section;
  }
}
