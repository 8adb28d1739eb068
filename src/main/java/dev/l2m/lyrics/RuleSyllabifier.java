package dev.l2m.lyrics;

import dev.l2m.score.Syllabic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spelling rules for words the dictionary lacks: vowel groups make syllables, a silent final e
 * does not, consonants between vowels split before the last one. Stress falls on the first
 * syllable, which is right for most English two-syllable nouns and adjectives.
 */
public final class RuleSyllabifier implements Syllabifier {

  static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and",
          "or", "but", "nor", "so", "as", "if", "than", "that", "my", "your", "his", "her", "its",
          "our", "their", "me", "him", "us", "them", "i", "you", "he", "she", "it", "we", "they",
          "is", "am", "are", "was", "were", "be", "been", "do", "does", "did", "has", "have",
          "had", "can", "could", "will", "would", "shall", "should", "may", "might", "must",
          "up", "out", "into", "onto", "upon", "thy", "thee", "o", "oh", "'tis", "i'm", "i'll",
          "you're", "it's", "let", "just");

  @Override
  public Word syllabify(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    List<String> parts = split(token);
    boolean function = FUNCTION_WORDS.contains(lower);
    List<Syllable> syllables = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      int stress = parts.size() == 1 ? (function ? 0 : 1) : (i == 0 ? 1 : 0);
      syllables.add(new Syllable(parts.get(i), stress, Syllabic.of(i, parts.size()), 1));
    }
    return new Word(token, syllables, WordSource.RULES, function);
  }

  /** Splits a word into syllable texts whose concatenation is the word. */
  static List<String> split(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int n = w.length();
    List<int[]> nuclei = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (isVowel(w, i)) {
        int s = i;
        while (i < n && isVowel(w, i)) {
          i++;
        }
        nuclei.add(new int[] {s, i});
      } else {
        i++;
      }
    }
    // silent final e ("love", "time"), but not "the", "be", "-le" endings ("little")
    if (nuclei.size() > 1) {
      int[] last = nuclei.get(nuclei.size() - 1);
      boolean finalE = last[0] == n - 1 && w.charAt(n - 1) == 'e';
      boolean finalEs = last[0] == n - 2 && w.endsWith("es") && !w.endsWith("ses") && !w.endsWith("ches") && !w.endsWith("shes") && !w.endsWith("xes") && !w.endsWith("zes") && !w.endsWith("ges") && !w.endsWith("ces");
      boolean finalEd = last[0] == n - 2 && w.endsWith("ed") && !w.endsWith("ted") && !w.endsWith("ded");
      boolean consonantLe = n >= 3 && w.endsWith("le") && !isVowel(w, n - 3);
      if ((finalE && !consonantLe) || finalEs || finalEd) {
        nuclei.remove(nuclei.size() - 1);
      }
    }
    if (nuclei.size() <= 1) {
      return List.of(word);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int k = 0; k + 1 < nuclei.size(); k++) {
      int gapStart = nuclei.get(k)[1];
      int gapEnd = nuclei.get(k + 1)[0];
      int consonants = gapEnd - gapStart;
      int cut = consonants <= 1 ? gapStart : gapEnd - 1;
      if (consonants >= 2 && isDigraph(w, gapEnd - 2)) {
        cut = gapEnd - 2;
      }
      if (consonants == 0) {
        cut = gapStart;
      }
      out.add(word.substring(start, cut));
      start = cut;
    }
    out.add(word.substring(start));
    out.removeIf(String::isEmpty);
    return out.isEmpty() ? List.of(word) : out;
  }

  private static boolean isDigraph(String w, int at) {
    if (at < 0 || at + 2 > w.length()) {
      return false;
    }
    String pair = w.substring(at, at + 2);
    return Set.of("th", "sh", "ch", "ph", "wh", "gh", "ck").contains(pair);
  }

  private static boolean isVowel(String w, int i) {
    char c = w.charAt(i);
    if ("aeiouàáâäèéêëìíîïòóôöùúûü".indexOf(c) >= 0) {
      return true;
    }
    // y is a vowel when no vowel is next to it ("sky", "rhythm"), a consonant at a word start
    return c == 'y' && i > 0 && !isVowelNoY(w.charAt(i - 1));
  }

  private static boolean isVowelNoY(char c) {
    return "aeiouàáâäèéêëìíîïòóôöùúûü".indexOf(c) >= 0;
  }
}
