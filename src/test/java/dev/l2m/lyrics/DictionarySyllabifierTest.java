package dev.l2m.lyrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DictionarySyllabifierTest {
  private final DictionarySyllabifier syllabifier = DictionarySyllabifier.bundled();

  private static String hyphenated(Word w) {
    return String.join("-", w.syllables().stream().map(Syllable::text).toList());
  }

  private static String stresses(Word w) {
    StringBuilder b = new StringBuilder();
    w.syllables().forEach(s -> b.append(s.stress()));
    return b.toString();
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource({
    "beautiful, beau-ti-ful, 100",
    "every, ev-er-y, 100",
    "music, mu-sic, 10",
    "happy, hap-py, 10",
    "window, win-dow, 10",
    "heaven, heav-en, 10",
    "glorious, glo-ri-ous, 100",
    "table, ta-ble, 10",
    "little, lit-tle, 10",
    "chicken, chick-en, 10",
    "mother, moth-er, 10",
    "hundred, hun-dred, 10",
    "family, fam-i-ly, 100",
    "over, o-ver, 10",
    "river, riv-er, 10",
    "singing, sing-ing, 10",
    "lovely, love-ly, 10",
    "power, pow-er, 10",
    "flower, flow-er, 10",
    "amazing, a-maz-ing, 010",
    "understand, un-der-stand, 201",
    "everybody, ev-ery-bod-y, 1020",
    "nineteen, nine-teen, 11",
    "something, some-thing, 10",
    "father, fath-er, 10",
    "love, love, 1",
    "the, the, 0",
    "and, and, 0",
    "heart, heart, 1",
  })
  void dictionaryWordsSplitAndStress(String word, String split, String stress) {
    Word w = syllabifier.syllabify(word);
    assertThat(w.source()).isEqualTo(WordSource.DICTIONARY);
    assertThat(hyphenated(w)).isEqualTo(split);
    assertThat(stresses(w)).isEqualTo(stress);
  }

  @ParameterizedTest(name = "{0} has {1} syllables")
  @CsvSource(quoteCharacter = '"', value = {
    "don't, 1",
    "I'll, 1",
    "heav'n, 1",
    "o'er, 1",
    "'tis, 1",
    "ev'ry, 2",
    "goin', 2",
    "lovin', 2",
    "gonna, 2",
    "wanna, 2",
    "LOVE, 1",
    "BEAUTIFUL, 3",
    "café, 2",
    "naïve, 2",
    "don\u2019t, 1",
    "world's, 1",
    "la, 1",
  })
  void lyricEnglishCounts(String word, int count) {
    Word w = syllabifier.syllabify(word);
    assertThat(w.syllables()).hasSize(count);
    assertThat(String.join("", w.syllables().stream().map(Syllable::text).toList()))
        .isEqualTo(word);
  }

  @ParameterizedTest(name = "{0} (not in the dictionary) -> {1}")
  @CsvSource(quoteCharacter = '"', value = {
    "zorbly, zorb-ly",
    "blorptastic, blorp-tas-tic",
    "shoobidoo, shoo-bi-doo",
    "Xandria, Xan-dri-a",
    "heav'n, heav'n",
    "ev'ry, ev'-ry",
    "flimbering, flim-ber-ing",
    "glorptown, glorp-town",
  })
  void unknownWordsFallBackToRules(String word, String split) {
    Word w = syllabifier.syllabify(word);
    assertThat(w.source()).isEqualTo(WordSource.RULES);
    assertThat(hyphenated(w)).isEqualTo(split);
    assertThat(w.syllables().stream().filter(Syllable::isStressed)).hasSize(1);
  }

  @Test
  void keepsTheWrittenCaseAndAccents() {
    assertThat(hyphenated(syllabifier.syllabify("BEAUTIFUL"))).isEqualTo("BEAU-TI-FUL");
    assertThat(hyphenated(syllabifier.syllabify("café"))).isEqualTo("ca-fé");
    assertThat(hyphenated(syllabifier.syllabify("naïve"))).isEqualTo("na-ïve");
  }

  @Test
  void functionWordsAreMarkedAndUnstressed() {
    for (String w : List.of("the", "a", "of", "to", "and", "in", "my")) {
      Word word = syllabifier.syllabify(w);
      assertThat(word.functionWord()).as(w).isTrue();
      assertThat(word.syllables().get(0).stress()).as(w).isZero();
    }
    for (String w : List.of("love", "heart", "sing", "night")) {
      Word word = syllabifier.syllabify(w);
      assertThat(word.functionWord()).as(w).isFalse();
      assertThat(word.syllables().get(0).stress()).as(w).isEqualTo(1);
    }
  }

  @Test
  void sungFormsAreOfferedAfterTheSpokenOne() {
    List<Word> every = syllabifier.readings("every");
    assertThat(every).extracting(w -> w.syllables().size()).containsExactly(3, 2);
    assertThat(syllabifier.readings("heaven")).extracting(w -> w.syllables().size())
        .containsExactly(2, 1);
    assertThat(syllabifier.readings("glorious")).extracting(w -> w.syllables().size())
        .containsExactly(3, 2);
    for (String w : List.of("our", "fire", "power", "flower")) {
      assertThat(syllabifier.readings(w)).as(w).extracting(x -> x.syllables().size())
          .containsExactly(2, 1);
    }
  }

  @Test
  void userSplitTakesDictionaryStress() {
    Word w = syllabifier.split("beautiful", List.of("beau", "ti", "ful"));
    assertThat(w.source()).isEqualTo(WordSource.USER);
    assertThat(stresses(w)).isEqualTo("100");
  }

  @Test
  void dictionaryGivesStressDigits() {
    PronouncingDictionary d = PronouncingDictionary.bundled();
    assertThat(d.stresses("understand")).hasValueSatisfying(a -> assertThat(a).containsExactly(2, 0, 1));
    assertThat(d.stresses("Beautiful")).hasValueSatisfying(a -> assertThat(a).containsExactly(1, 0, 0));
    assertThat(d.stresses("zorbly")).isEmpty();
    assertThat(d.stresses("")).isEmpty();
    assertThat(d.contains("don\u2019t")).isTrue();
    assertThat(d.size()).isGreaterThan(100_000);
  }
}
