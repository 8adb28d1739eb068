package dev.l2m.lyrics;

import dev.l2m.score.Syllabic;
import java.util.ArrayList;
import java.util.List;

/** Splits one written word into sung syllables with stress. */
@FunctionalInterface
public interface Syllabifier {
  /**
   * Returns the word with its syllables.
   *
   * @param token a word as written, without surrounding punctuation
   */
  Word syllabify(String token);

  /**
   * Every way the word may be sung, the usual (spoken) one first; later ones differ in syllable
   * count, such as ev'ry for every. The default knows only one.
   */
  default List<Word> readings(String token) {
    return List.of(syllabify(token));
  }

  /**
   * The word split where the user asked ({@code beau--ti--ful}): the pieces, joined, give back
   * {@code token}. The default stresses the first piece.
   */
  default Word split(String token, List<String> pieces) {
    List<Syllable> syllables = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      syllables.add(new Syllable(pieces.get(i), i == 0 ? 1 : 0, Syllabic.of(i, pieces.size()), 1));
    }
    return new Word(token, syllables, WordSource.USER, false);
  }
}
