package dev.l2m.lyrics;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Held-out accuracy of the spelling rules, and the dictionary's load time, heap and lookup speed.
 * Run with {@code bench/syllables.sh}. The held-out words (CRC-32 of the word modulo 10 equal to
 * 0) are the ones scripts/build_dictionary.py kept out of the rules' training.
 */
public final class SyllableBenchmark {
  private SyllableBenchmark() {}

  static boolean heldOut(String word) {
    CRC32 crc = new CRC32();
    crc.update(word.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 10 == 0;
  }

  @SuppressWarnings("SystemOut")
  public static void main(String[] args) {
    long heapBefore = usedHeap();
    long t0 = System.nanoTime();
    PronouncingDictionary dictionary = PronouncingDictionary.bundled();
    long t1 = System.nanoTime();
    SpellingRules rules = SpellingRules.bundled();
    long t2 = System.nanoTime();
    long heapAfter = usedHeap();
    System.out.printf(
        Locale.ROOT,
        "dictionary: %d words, first load %.1f ms, table bytes %.2f MB%n",
        dictionary.size(),
        (t1 - t0) / 1e6,
        dictionary.retainedBytes() / 1e6);
    System.out.printf(
        Locale.ROOT,
        "rules: first load %.1f ms, table bytes %.2f MB%n",
        (t2 - t1) / 1e6,
        rules.retainedBytes() / 1e6);
    System.out.printf(
        Locale.ROOT,
        "heap retained by both (used heap after GC, after - before): %.2f MB%n",
        (heapAfter - heapBefore) / 1e6);

    int total = 0;
    int countOk = 0;
    int countAny = 0;
    int poly = 0;
    int stressOk = 0;
    int polyCountOk = 0;
    int stressOkGivenCount = 0;
    int splitConsistent = 0;
    for (int i = 0; i < dictionary.size(); i++) {
      String word = dictionary.wordAt(i);
      if (!heldOut(word)) {
        continue;
      }
      List<Pronunciation> prons = dictionary.pronunciations(word);
      Pronunciation truth = prons.get(0);
      total++;
      int predicted = rules.syllableCount(word);
      if (predicted == truth.syllableCount()) {
        countOk++;
      }
      if (prons.stream().anyMatch(p -> p.syllableCount() == predicted)) {
        countAny++;
      }
      Word rule = new RuleSyllabifier(rules).syllabify(word);
      if (rule.syllables().size() == Math.min(predicted, word.replace("'", "").length())) {
        splitConsistent++;
      }
      if (truth.syllableCount() >= 2) {
        poly++;
        String pattern = rules.stressPattern(word, predicted);
        if (pattern.indexOf('1') == truth.primaryIndex()) {
          stressOk++;
        }
        if (predicted == truth.syllableCount()) {
          polyCountOk++;
          if (pattern.indexOf('1') == truth.primaryIndex()) {
            stressOkGivenCount++;
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "held-out words: %d (polysyllables: %d)%n", total, poly);
    System.out.printf(
        Locale.ROOT,
        "exact syllable count (first pronunciation): %.2f%%%n",
        100.0 * countOk / total);
    System.out.printf(
        Locale.ROOT,
        "syllable count matching any dictionary pronunciation: %.2f%%%n",
        100.0 * countAny / total);
    System.out.printf(
        Locale.ROOT,
        "primary-stress position on polysyllables: %.2f%%%n",
        100.0 * stressOk / poly);
    System.out.printf(
        Locale.ROOT,
        "primary-stress position on polysyllables whose count the rules got right: %.2f%%%n",
        100.0 * stressOkGivenCount / polyCountOk);
    System.out.printf(
        Locale.ROOT,
        "rule spelling split has as many pieces as syllables: %.2f%%%n",
        100.0 * splitConsistent / total);

    DictionarySyllabifier syllabifier = new DictionarySyllabifier(dictionary, rules);
    int consistent = 0;
    int all = 0;
    for (int i = 0; i < dictionary.size(); i++) {
      String word = dictionary.wordAt(i);
      Word w = syllabifier.syllabify(word);
      int spoken =
          dictionary.pronunciations(word).stream()
              .mapToInt(Pronunciation::syllableCount)
              .reduce(SungForms.compressible(word) ? Math::max : (a, b) -> a)
              .orElse(0);
      int wanted = Math.min(spoken, word.replace("'", "").length());
      all++;
      if (w.syllables().size() == wanted
          && String.join("", w.syllables().stream().map(Syllable::text).toList()).equals(word)) {
        consistent++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "dictionary words whose written split matches their syllable count and spelling: %.2f%%%n",
        100.0 * consistent / all);

    String[] probe = {"beautiful", "every", "music", "zyzzyva", "heaven", "the", "xqzt", "singing"};
    int rounds = 1_000_000;
    long sink = 0;
    long s0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      sink += dictionary.stresses(probe[r % probe.length]).map(a -> a.length).orElse(0);
    }
    long s1 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "lookup: %.0f ns per stresses() call (%d calls, checksum %d)%n",
        (s1 - s0) / (double) rounds,
        rounds,
        sink);
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
