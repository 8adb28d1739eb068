package dev.l2m.lyrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a written word into the syllables shown under the notes ("beau-ti-ful", "ev-er-y",
 * "mu-sic", "hap-py"), with exactly as many pieces as sung syllables whenever the word has enough
 * letters. Consonants between two vowels go to the second syllable unless a short stressed vowel
 * keeps one ("ev-er", "heav-en"); clusters keep the longest onset English allows ("hun-dred").
 */
final class SpellingSplit {
  private static final Set<String> ONSETS =
      Set.of(
          "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr", "sc", "sk", "sl",
          "sm", "sn", "sp", "st", "sw", "tw", "dw", "thr", "shr", "str", "spr", "scr", "spl", "squ",
          "chr", "phr", "sch", "qu", "wh", "th", "sh", "ch", "ph");
  private static final Set<String> CODA_ONLY = Set.of("ck", "ng", "x", "tch", "gh", "w", "y");
  /** Endings that take none of the consonants before them ("sing-ing", "a-maz-ing"). */
  private static final Set<String> INFLECTIONS = Set.of("ing", "ings", "in'");
  /** Endings that start a syllable of their own ("love-ly", "hope-ful", "kind-ness"). */
  private static final Set<String> SUFFIXES =
      Set.of("ly", "ful", "ness", "less", "ment", "ments", "some", "ship", "hood");
  private static final List<String> DIGRAPHS =
      List.of("tch", "th", "sh", "ch", "ph", "wh", "gh", "ck", "ng", "qu");

  private SpellingSplit() {}

  /**
   * The written pieces of {@code word}.
   *
   * @param perGroup syllables made by each vowel group (see {@link SpellingRules#groups})
   * @param count the number of sung syllables wanted
   * @param pronunciation vowel details when known and of the same count
   */
  static List<String> split(
      String word, int[] perGroup, int count, Optional<Pronunciation> pronunciation) {
    String w = SpellingRules.letters(word);
    List<int[]> groups = SpellingRules.groups(word);
    List<int[]> nuclei = new ArrayList<>();
    List<int[]> silent = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      int s = groups.get(i)[0];
      int e = groups.get(i)[1];
      int k = i < perGroup.length ? perGroup[i] : 1;
      if (k == 0) {
        silent.add(groups.get(i));
      } else if (k == 1) {
        nuclei.add(new int[] {s, e});
      } else if (e - s >= 2) {
        int cut = s + 1;
        for (int j = s + 1; j < e - 1; j++) {
          if (w.charAt(j) == 'y') {
            cut = j + 1;
          }
        }
        nuclei.add(new int[] {s, cut});
        nuclei.add(new int[] {cut, e});
      } else {
        nuclei.add(new int[] {s, e});
        int r = e;
        while (r < w.length() && !startsGroup(groups, r)) {
          r++;
        }
        if (r - e >= 2) {
          nuclei.add(new int[] {r - 1, r});
        }
      }
    }
    while (nuclei.size() > count && nuclei.size() > 1) {
      nuclei.remove(nuclei.size() - 1);
    }
    Optional<Pronunciation> p =
        pronunciation.filter(x -> x.syllableCount() == nuclei.size());
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int j = 0; j + 1 < nuclei.size(); j++) {
      int cut = cut(w, nuclei.get(j), nuclei.get(j + 1), silent, p, j);
      if (cut > start && cut < word.length()) {
        parts.add(word.substring(start, cut));
        start = cut;
      }
    }
    parts.add(word.substring(start));
    while (parts.size() < count) {
      int longest = -1;
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).length() >= 2
            && (longest < 0 || parts.get(i).length() > parts.get(longest).length())) {
          longest = i;
        }
      }
      if (longest < 0) {
        break;
      }
      String piece = parts.remove(longest);
      int half = piece.length() / 2;
      parts.add(longest, piece.substring(half));
      parts.add(longest, piece.substring(0, half));
    }
    while (parts.size() > count && parts.size() > 1) {
      String last = parts.remove(parts.size() - 1);
      parts.set(parts.size() - 1, parts.get(parts.size() - 1) + last);
    }
    return List.copyOf(parts);
  }

  private static boolean startsGroup(List<int[]> groups, int index) {
    for (int[] g : groups) {
      if (g[0] == index) {
        return true;
      }
    }
    return false;
  }

  private static int cut(
      String w, int[] left, int[] right, List<int[]> silent, Optional<Pronunciation> p, int j) {
    int b = left[1];
    int c = right[0];
    if (b >= c) {
      return c;
    }
    int afterSilent = -1;
    for (int[] g : silent) {
      if (g[0] >= b && g[1] <= c) {
        afterSilent = g[1];
      }
    }
    if (afterSilent >= 0) {
      return afterSilent;
    }
    List<int[]> units = units(w, b, c);
    if (units.isEmpty()) {
      return c;
    }
    String rest = w.substring(c);
    String lastUnit = w.substring(units.get(units.size() - 1)[0], units.get(units.size() - 1)[1]);
    boolean liquidAfterConsonant =
        units.size() >= 2 && (lastUnit.equals("l") || lastUnit.equals("r"));
    if (INFLECTIONS.contains(rest) && !liquidAfterConsonant) {
      return c;
    }
    boolean nextUnstressed = p.map(x -> x.stress(j + 1) == 0).orElse(true);
    for (int[] u : units) {
      if (nextUnstressed && SUFFIXES.contains(w.substring(u[0]))) {
        return u[0];
      }
    }
    boolean prevStressed = p.map(x -> x.stress(j) != 0).orElse(false);
    boolean prevShort = p.map(x -> x.shortVowel(j)).orElse(false);
    boolean prevR = p.map(x -> x.rColoured(j)).orElse(false);
    if (units.size() == 1) {
      int[] u = units.get(0);
      String text = w.substring(u[0], u[1]).replace("'", "");
      boolean keepLeft =
          CODA_ONLY.contains(text)
              || (prevStressed && prevShort)
              || (prevR && text.equals("r"));
      return keepLeft ? u[1] : u[0];
    }
    int last = units.size() - 1;
    if (w.startsWith("l", units.get(last)[0])
        && (rest.equals("e") || rest.equals("es") || rest.equals("ed"))) {
      return units.get(last - 1)[0];
    }
    int onset = last;
    for (int first = Math.max(0, last - 2); first < last; first++) {
      String joined = w.substring(units.get(first)[0], units.get(last)[1]).replace("'", "");
      boolean sStop =
          joined.length() >= 2 && joined.charAt(0) == 's' && "tpkc".indexOf(joined.charAt(1)) >= 0;
      if (ONSETS.contains(joined) && !(first == 0 && sStop)) {
        onset = first;
        break;
      }
    }
    String lastText = w.substring(units.get(last)[0], units.get(last)[1]).replace("'", "");
    if (onset == last && CODA_ONLY.contains(lastText)) {
      return units.get(last)[1];
    }
    if (onset == 0 && prevStressed && prevShort) {
      onset = 1;
    }
    return units.get(onset)[0];
  }

  /** Consonant units between two vowels: digraphs stay whole, apostrophes stick to the left. */
  private static List<int[]> units(String w, int from, int to) {
    List<int[]> units = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (w.charAt(i) == '\'') {
        if (units.isEmpty()) {
          units.add(new int[] {i, i + 1});
          i++;
          continue;
        }
        units.get(units.size() - 1)[1] = i + 1;
        i++;
        continue;
      }
      int len = 1;
      for (String d : DIGRAPHS) {
        if (i + d.length() <= to && w.startsWith(d, i)) {
          len = d.length();
          break;
        }
      }
      if (!units.isEmpty() && w.charAt(units.get(units.size() - 1)[0]) == '\''
          && units.get(units.size() - 1)[1] == i) {
        units.get(units.size() - 1)[1] = i + len;
      } else {
        units.add(new int[] {i, i + len});
      }
      i += len;
    }
    return units;
  }
}
