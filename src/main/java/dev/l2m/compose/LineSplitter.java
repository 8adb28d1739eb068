package dev.l2m.compose;

import dev.l2m.lyrics.Line;
import dev.l2m.lyrics.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a lyric line that is too long to sing in one breath (a whole verse pasted as one line,
 * say) into phrase-sized pieces, preferring punctuation, then a capital letter, then the start
 * of a clause; lines of ordinary length stay whole.
 */
final class LineSplitter {

  /** Longest line (in notes) sung as a single phrase. */
  static final int MAX_PHRASE_NOTES = 14;

  private static final int TARGET = 8;
  private static final Set<String> CLAUSE_STARTS =
      Set.of("and", "but", "or", "so", "when", "while", "if", "then", "because", "as", "i",
          "oh", "where", "what", "who", "how", "that", "till", "until", "though");

  private LineSplitter() {}

  /** The line's words in singable pieces, in order. */
  static List<List<Word>> split(Line line) {
    List<Word> words = line.words();
    int n = words.size();
    int[] sizes = new int[n];
    int total = 0;
    for (int i = 0; i < n; i++) {
      sizes[i] = words.get(i).syllables().stream().mapToInt(s -> s.notes()).sum();
      total += sizes[i];
    }
    if (total <= MAX_PHRASE_NOTES) {
      return List.of(words);
    }
    double[] bonus = boundaryBonus(line.text(), words);
    double[] best = new double[n + 1];
    int[] from = new int[n + 1];
    java.util.Arrays.fill(best, Double.MAX_VALUE);
    best[0] = 0;
    for (int j = 1; j <= n; j++) {
      int len = 0;
      for (int i = j - 1; i >= 0; i--) {
        len += sizes[i];
        if (len > 2 * MAX_PHRASE_NOTES && i < j - 1) {
          break;
        }
        if (best[i] == Double.MAX_VALUE) {
          continue;
        }
        double d = (len - TARGET) / 2.5;
        double cost = d * d + (len > MAX_PHRASE_NOTES ? 4.0 * (len - MAX_PHRASE_NOTES) : 0)
            + (len < 4 ? 3.0 : 0) - (j < n ? bonus[j - 1] : 0);
        if (best[i] + cost < best[j]) {
          best[j] = best[i] + cost;
          from[j] = i;
        }
      }
    }
    List<List<Word>> pieces = new ArrayList<>();
    for (int j = n; j > 0; j = from[j]) {
      pieces.add(0, words.subList(from[j], j));
    }
    return pieces;
  }

  /** How good a break after each word is. */
  private static double[] boundaryBonus(String text, List<Word> words) {
    double[] bonus = new double[words.size()];
    int cursor = 0;
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).text().toLowerCase(Locale.ROOT);
      int at = lower.indexOf(w, cursor);
      if (at < 0) {
        continue;
      }
      cursor = at + w.length();
      int k = cursor;
      while (k < text.length() && text.charAt(k) == ' ') {
        k++;
      }
      char after = k < text.length() ? text.charAt(k) : ' ';
      if (".!?;".indexOf(after) >= 0) {
        bonus[i] += 4.0;
      } else if (",:—–-".indexOf(after) >= 0) {
        bonus[i] += 2.5;
      }
      if (i + 1 < words.size()) {
        Word next = words.get(i + 1);
        if (Character.isUpperCase(next.text().charAt(0)) && !next.text().equals("I")) {
          bonus[i] += 1.2;
        }
        if (CLAUSE_STARTS.contains(next.text().toLowerCase(Locale.ROOT))) {
          bonus[i] += 0.6;
        }
      }
    }
    return bonus;
  }
}
