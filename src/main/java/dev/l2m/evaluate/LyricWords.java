package dev.l2m.evaluate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words from sung syllables and from plain text, spelled the same way so they can be compared:
 * lower case, straight apostrophes, hyphenated words split, punctuation dropped.
 */
public final class LyricWords {
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*|'[\\p{L}]+");

  private LyricWords() {}

  /**
   * Rebuilds words from syllables by their {@code syllabic}: {@code single} is a word, {@code
   * begin}…{@code middle}…{@code end} join. A broken chain (a {@code begin} without {@code end})
   * ends where the next word starts.
   */
  public static List<SungWord> rebuild(List<SungSyllable> syllables) {
    List<SungWord> words = new ArrayList<>();
    List<SungSyllable> open = new ArrayList<>();
    for (SungSyllable s : syllables) {
      switch (s.syllabic()) {
        case SINGLE:
          close(words, open);
          open.add(s);
          close(words, open);
          break;
        case BEGIN:
          close(words, open);
          open.add(s);
          break;
        case MIDDLE:
          open.add(s);
          break;
        case END:
          open.add(s);
          close(words, open);
          break;
      }
    }
    close(words, open);
    return List.copyOf(words);
  }

  private static void close(List<SungWord> words, List<SungSyllable> open) {
    if (open.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (SungSyllable s : open) {
      text.append(s.text().strip());
    }
    String word = normalise(text.toString());
    if (!word.isEmpty()) {
      words.add(new SungWord(word, open));
    }
    open.clear();
  }

  /** The word texts of rebuilt words, with hyphenated ones split as the lyrics parser does. */
  public static List<String> texts(List<SungWord> words) {
    List<String> out = new ArrayList<>();
    for (SungWord w : words) {
      out.addAll(words(w.text()));
    }
    return out;
  }

  /**
   * The words of plain lyrics text, in order, split and spelled as l2m's lyrics parser splits
   * them (hyphenated words become separate words).
   */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
    while (m.find()) {
      for (String part : m.group().split("-+")) {
        String w = normalise(part);
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /**
   * One spelling for comparing and looking up words: NFC, lower case, curly apostrophes
   * straightened, everything but letters, digits, apostrophes and hyphens removed, no apostrophe
   * or hyphen at the end.
   */
  public static String normalise(String word) {
    String w =
        Normalizer.normalize(word, Normalizer.Form.NFC)
            .toLowerCase(Locale.ROOT)
            .replace('’', '\'')
            .replace('‘', '\'');
    StringBuilder b = new StringBuilder();
    w.codePoints()
        .filter(c -> Character.isLetterOrDigit(c) || c == '\'' || c == '-')
        .forEach(b::appendCodePoint);
    String out = b.toString().replaceAll("^-+", "");
    while (!out.isEmpty() && (out.endsWith("'") || out.endsWith("-"))) {
      out = out.substring(0, out.length() - 1);
    }
    return out.matches("'+") ? "" : out;
  }

  /**
   * Compares the words a song sings with the words it was given.
   *
   * @param expected the input words (see {@link #words(String)})
   * @param sung the sung words (see {@link #texts(List)})
   */
  public static LyricFidelity compare(List<String> expected, List<String> sung) {
    List<String> e = expected.stream().map(LyricWords::normalise).filter(w -> !w.isEmpty()).toList();
    List<String> s = sung.stream().map(LyricWords::normalise).filter(w -> !w.isEmpty()).toList();
    int[][] lcs = new int[e.size() + 1][s.size() + 1];
    for (int i = e.size() - 1; i >= 0; i--) {
      for (int j = s.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            e.get(i).equals(s.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int firstDifference = -1;
    for (int i = 0; i < Math.max(e.size(), s.size()); i++) {
      if (i >= e.size() || i >= s.size() || !e.get(i).equals(s.get(i))) {
        firstDifference = i;
        break;
      }
    }
    String expectedAt = firstDifference >= 0 && firstDifference < e.size() ? e.get(firstDifference) : "";
    String sungAt = firstDifference >= 0 && firstDifference < s.size() ? s.get(firstDifference) : "";
    return new LyricFidelity(e.size(), s.size(), lcs[0][0], firstDifference, expectedAt, sungAt);
  }
}
