package dev.l2m.lyrics;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Syllables and stress from spelling alone, for words the dictionary lacks. The tables were
 * learned from the training part of the CMU Pronouncing Dictionary by {@code
 * scripts/build_dictionary.py}: for every vowel group in its letter context, how often it makes
 * 0, 1 or 2 syllables; for every syllable count and word ending, the most common stress pattern.
 */
public final class SpellingRules {
  static final String GROUPS_RESOURCE = "/dev/l2m/lyrics/rules-groups.txt.gz";
  static final String STRESS_RESOURCE = "/dev/l2m/lyrics/rules-stress.txt.gz";
  private static final double BACKOFF = 3.0;
  private static final double[] PRIOR = {0.1, 0.85, 0.05};
  private static final int LONGEST_SUFFIX = 6;
  private static final int LONGEST_PREFIX = 5;
  private static final List<String> SIBILANT_ENDINGS =
      List.of("s", "z", "x", "ch", "sh", "ce", "ge", "se", "ze");
  private static final String INTERJECTION_LETTERS = "hmsrpftz";
  private static final double PREFIX_MARGIN = 0.1;

  private final PackedTable groupCounts;
  private final PackedTable stressPatterns;

  SpellingRules(PackedTable groupCounts, PackedTable stressPatterns) {
    this.groupCounts = groupCounts;
    this.stressPatterns = stressPatterns;
  }

  /** The rules bundled with l2m, loaded once on first use (thread-safe). */
  public static SpellingRules bundled() {
    return new SpellingRules(
        PackedTable.bundled(GROUPS_RESOURCE), PackedTable.bundled(STRESS_RESOURCE));
  }

  /**
   * The word reduced to what the rules read: lower case, accents removed, one character per
   * character of the word so that positions carry over to the written text.
   */
  static String letters(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\u2019' || c == '\u2018') {
        b.append('\'');
        continue;
      }
      char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
      b.append(Character.toLowerCase(base < 128 ? base : c));
    }
    return b.toString();
  }

  /** True where the written word marks a vowel as starting a new syllable (naïve, Zoë). */
  private static boolean[] diaeresis(String word) {
    boolean[] out = new boolean[word.length()];
    for (int i = 0; i < word.length(); i++) {
      out[i] = Normalizer.normalize(String.valueOf(word.charAt(i)), Normalizer.Form.NFD)
          .indexOf('\u0308') > 0;
    }
    return out;
  }

  /** The vowel groups of a word as [start, end) pairs over {@link #letters(String)}. */
  static List<int[]> groups(String word) {
    String w = letters(word);
    boolean[] hiatus = diaeresis(word);
    int n = w.length();
    boolean[] vowel = new boolean[n];
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      if ("aeiou".indexOf(c) >= 0) {
        vowel[i] = !(c == 'u' && i > 0 && w.charAt(i - 1) == 'q');
      } else if (c == 'y') {
        vowel[i] = !(i + 1 < n && "aeiou".indexOf(w.charAt(i + 1)) >= 0);
      }
    }
    if (w.startsWith("mc") && n > 2) {
      vowel[1] = true;
    }
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (vowel[i]) {
        int s = i;
        i++;
        while (i < n && vowel[i] && !hiatus[i]) {
          i++;
        }
        out.add(new int[] {s, i});
      } else {
        i++;
      }
    }
    return out;
  }

  /** Probability that the group makes 0, 1 or 2 syllables, from the most to the least general. */
  double[] distribution(String letters, int start, int end) {
    double[] dist = PRIOR.clone();
    List<String> keys = keys(letters, start, end);
    for (int k = keys.size() - 1; k >= 0; k--) {
      Optional<String> counts = groupCounts.get(keys.get(k));
      if (counts.isEmpty()) {
        continue;
      }
      String[] parts = counts.get().split(" ");
      double[] c = new double[3];
      double total = 0;
      for (int j = 0; j < 3; j++) {
        c[j] = Integer.parseInt(parts[j]);
        total += c[j];
      }
      for (int j = 0; j < 3; j++) {
        dist[j] = (c[j] + BACKOFF * dist[j]) / (total + BACKOFF);
      }
    }
    return dist;
  }

  private static List<String> keys(String w, int s, int e) {
    String g = "[" + w.substring(s, e) + "]";
    String before = "^^^" + w.substring(0, s);
    String after = w.substring(e) + "$$$";
    String left3 = before.substring(before.length() - 3);
    String left2 = before.substring(before.length() - 2);
    String left1 = before.substring(before.length() - 1);
    String right3 = after.substring(0, 3);
    String right2 = after.substring(0, 2);
    String right1 = after.substring(0, 1);
    return List.of(
        left3 + g + right3,
        left2 + g + right3,
        left2 + g + right2,
        left1 + g + right2,
        shape(w, s, e),
        g + right2,
        g + right1,
        g);
  }

  /**
   * The group with the previous vowel group, the consonants between, and the letters after it
   * reduced to C, V and $: "i1[e]CC" for the e of "sidestream".
   */
  private static String shape(String w, int s, int e) {
    int j = s;
    while (j > 0 && "aeiouy".indexOf(w.charAt(j - 1)) < 0) {
      j--;
    }
    int k = j;
    while (k > 0 && "aeiouy".indexOf(w.charAt(k - 1)) >= 0) {
      k--;
    }
    String previous = j > 0 ? w.substring(k, j) : "^";
    StringBuilder after = new StringBuilder();
    for (int i = e; i < Math.min(w.length(), e + 3); i++) {
      char c = w.charAt(i);
      after.append("aeiouy".indexOf(c) >= 0 ? 'V' : (Character.isLetter(c) ? 'C' : '\''));
    }
    after.append("$$$");
    return "<" + previous + (s - j) + g(w, s, e) + after.substring(0, 3);
  }

  private static String g(String w, int s, int e) {
    return "[" + w.substring(s, e) + "]";
  }

  /** How many syllables each vowel group of the word makes, by the rules alone. */
  int[] syllablesPerGroup(String word) {
    String w = letters(word);
    List<int[]> groups = groups(word);
    int[] out = new int[groups.size()];
    for (int i = 0; i < out.length; i++) {
      double[] d = distribution(w, groups.get(i)[0], groups.get(i)[1]);
      int best = 0;
      for (int k = 1; k < 3; k++) {
        if (d[k] > d[best]) {
          best = k;
        }
      }
      out[i] = best;
    }
    return out;
  }

  /**
   * How many syllables each vowel group makes when the word must have {@code target} syllables
   * (a dictionary count): the likeliest assignment with that sum, or empty when none exists.
   */
  Optional<int[]> syllablesPerGroup(String word, int target) {
    String w = letters(word);
    List<int[]> groups = groups(word);
    int g = groups.size();
    if (g == 0 || target > 2 * g) {
      return Optional.empty();
    }
    double[][] logp = new double[g][3];
    for (int i = 0; i < g; i++) {
      double[] d = distribution(w, groups.get(i)[0], groups.get(i)[1]);
      for (int k = 0; k < 3; k++) {
        logp[i][k] = Math.log(d[k] + 1e-9);
      }
    }
    double[][] best = new double[g + 1][target + 1];
    int[][] choice = new int[g + 1][target + 1];
    for (double[] row : best) {
      Arrays.fill(row, Double.NEGATIVE_INFINITY);
    }
    best[0][0] = 0;
    for (int i = 0; i < g; i++) {
      for (int t = 0; t <= target; t++) {
        if (best[i][t] == Double.NEGATIVE_INFINITY) {
          continue;
        }
        for (int k = 0; k < 3 && t + k <= target; k++) {
          double score = best[i][t] + logp[i][k];
          if (score > best[i + 1][t + k]) {
            best[i + 1][t + k] = score;
            choice[i + 1][t + k] = k;
          }
        }
      }
    }
    if (best[g][target] == Double.NEGATIVE_INFINITY) {
      return Optional.empty();
    }
    int[] out = new int[g];
    int t = target;
    for (int i = g; i > 0; i--) {
      out[i - 1] = choice[i][t];
      t -= out[i - 1];
    }
    return Optional.of(out);
  }

  /**
   * Number of syllables by the rules (at least one). A possessive counts as its base word, plus
   * one after a hissing sound ("rose's"); a word without vowels is an abbreviation read letter by
   * letter ("gnp"), unless it is an interjection such as "hmm" or "shh".
   */
  public int syllableCount(String word) {
    String w = letters(word);
    if (w.endsWith("'s") && w.length() > 2) {
      String base = w.substring(0, w.length() - 2);
      boolean sibilant = false;
      for (String end : SIBILANT_ENDINGS) {
        sibilant |= base.endsWith(end);
      }
      return syllableCount(base) + (sibilant ? 1 : 0);
    }
    if (w.endsWith("s'") && w.length() > 2) {
      return syllableCount(w.substring(0, w.length() - 1));
    }
    if (groups(word).isEmpty()) {
      int spelled = 0;
      boolean interjection = true;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLetter(c)) {
          spelled += c == 'w' ? 3 : 1;
          interjection &= INTERJECTION_LETTERS.indexOf(c) >= 0;
        }
      }
      return spelled > 0 && !interjection ? spelled : 1;
    }
    int total = 0;
    for (int k : syllablesPerGroup(word)) {
      total += k;
    }
    return Math.max(1, total);
  }

  /**
   * The likeliest stress pattern ("100", "010"...) of a word with {@code count} syllables: the
   * pattern of the longest known ending, unless the longest known beginning ("un", "be") predicts
   * more reliably.
   */
  public String stressPattern(String word, int count) {
    if (count <= 1) {
      return "1";
    }
    String w = letters(word).replace("'", "");
    String[] byEnd = null;
    for (int k = Math.min(LONGEST_SUFFIX, w.length()); k >= 0 && byEnd == null; k--) {
      byEnd = stressEntry(count + "<" + w.substring(w.length() - k));
    }
    String[] byStart = null;
    for (int k = Math.min(LONGEST_PREFIX, w.length()); k >= 1 && byStart == null; k--) {
      byStart = stressEntry(count + ">" + w.substring(0, k));
    }
    if (byStart != null
        && (byEnd == null || purity(byStart) > purity(byEnd) + PREFIX_MARGIN)) {
      return byStart[0];
    }
    return byEnd != null ? byEnd[0] : "1" + "0".repeat(count - 1);
  }

  private String[] stressEntry(String key) {
    return stressPatterns.get(key).map(v -> v.split(" ")).filter(v -> v.length == 3).orElse(null);
  }

  private static double purity(String[] entry) {
    return Double.parseDouble(entry[1]) / Double.parseDouble(entry[2]);
  }

  /** The rules' pronunciation of a word (stress only: vowel qualities are unknown). */
  public Pronunciation pronounce(String word) {
    int count = syllableCount(word);
    return new Pronunciation(stressPattern(word, count));
  }

  long retainedBytes() {
    return groupCounts.retainedBytes() + stressPatterns.retainedBytes();
  }
}
