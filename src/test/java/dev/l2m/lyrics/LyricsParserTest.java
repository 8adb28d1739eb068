package dev.l2m.lyrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2m.score.Syllabic;
import java.util.List;
import org.junit.jupiter.api.Test;

class LyricsParserTest {
  private final LyricsParser parser = LyricsParser.withBundledDictionary();

  private static List<String> texts(Line line) {
    return line.words().stream().map(Word::text).toList();
  }

  private static List<String> syllables(Line line) {
    return line.syllables().stream().map(Syllable::text).toList();
  }

  @Test
  void punctuationAndQuotesAreDroppedButElisionsKept() {
    Line line = parser.parse("\u201cOh, 'tis the night\u2014don\u2019t go!\u201d (goin' home)")
        .lines().get(0);
    assertThat(texts(line)).containsExactly("Oh", "'tis", "the", "night", "don't", "go", "goin'", "home");
  }

  @Test
  void singleQuotesAroundWordsAreNotApostrophes() {
    Line line = parser.parse("she said 'hello' to 'em").lines().get(0);
    assertThat(texts(line)).containsExactly("she", "said", "hello", "to", "'em");
  }

  @Test
  void repeatedWordsAndHyphenatedCompoundsGiveSeparateWords() {
    Line line = parser.parse("oh, oh, oh, la-la-la, a well-known song").lines().get(0);
    assertThat(texts(line))
        .containsExactly("oh", "oh", "oh", "la", "la", "la", "a", "well", "known", "song");
  }

  @Test
  void numbersAreSungAsWords() {
    Line line = parser.parse("21 guns and 1999 and the 3rd day").lines().get(0);
    assertThat(texts(line))
        .containsExactly(
            "twenty", "one", "guns", "and", "nineteen", "ninety", "nine", "and", "the", "third",
            "day");
    assertThat(syllables(line).subList(0, 3)).containsExactly("twen", "ty", "one");
  }

  @Test
  void allCapsAndAccentsKeepTheirSpelling() {
    Line line = parser.parse("BEAUTIFUL café, naïve heart").lines().get(0);
    assertThat(syllables(line)).containsExactly("BEAU", "TI", "FUL", "ca", "fé", "na", "ïve", "heart");
    assertThat(line.words().get(0).source()).isEqualTo(WordSource.DICTIONARY);
  }

  @Test
  void doubleHyphenForcesASplit() {
    Word w = parser.parse("Shoo--bi--doo").lines().get(0).words().get(0);
    assertThat(w.text()).isEqualTo("Shoobidoo");
    assertThat(w.source()).isEqualTo(WordSource.USER);
    assertThat(w.syllables()).extracting(Syllable::text).containsExactly("Shoo", "bi", "doo");
    assertThat(w.syllables())
        .extracting(Syllable::position)
        .containsExactly(Syllabic.BEGIN, Syllabic.MIDDLE, Syllabic.END);
  }

  @Test
  void underscoresHoldASyllableOverMoreNotes() {
    Line line = parser.parse("love__ me, Glo___--ri--a, oh _ _").lines().get(0);
    assertThat(line.syllables()).extracting(Syllable::text)
        .containsExactly("love", "me", "Glo", "ri", "a", "oh");
    assertThat(line.syllables()).extracting(Syllable::notes).containsExactly(3, 1, 4, 1, 1, 3);
    assertThat(line.words().get(0).source()).isEqualTo(WordSource.DICTIONARY);
    assertThat(line.words().get(2).text()).isEqualTo("Gloria");
    assertThat(line.words().get(2).source()).isEqualTo(WordSource.USER);
  }

  @Test
  void aDashBetweenSpacesIsPunctuation() {
    Line line = parser.parse("wait -- and wait").lines().get(0);
    assertThat(texts(line)).containsExactly("wait", "and", "wait");
  }

  @Test
  void wordsJoinBackFromTheirSyllables() {
    Lyrics lyrics = parser.parse("Ev'ry heav'nly o'er the mountains, beautiful remembering");
    for (Word w : lyrics.words()) {
      assertThat(String.join("", w.syllables().stream().map(Syllable::text).toList()))
          .isEqualTo(w.text());
    }
  }

  @Test
  void stanzasAndSectionsAreKept() {
    Lyrics lyrics = parser.parse("[Verse]\none two\nthree\n\n\n[Chorus]\nsing it\r\nloud\n");
    assertThat(lyrics.stanzas()).extracting(Stanza::section).containsExactly("Verse", "Chorus");
    assertThat(lyrics.stanzas().get(1).lines()).extracting(Line::text).containsExactly("sing it", "loud");
  }

  @Test
  void rejectsEmptyHugeAndControlCharacters() {
    assertThatThrownBy(() -> parser.parse("  \n "))
        .isInstanceOf(LyricsException.class)
        .hasMessage("the lyrics are empty: give some words to sing");
    assertThatThrownBy(() -> parser.parse("...!!!"))
        .hasMessage("the lyrics hold no singable words: give some words to sing");
    assertThatThrownBy(() -> parser.parse("a".repeat(LyricsParser.MAX_CHARS + 1)))
        .hasMessageContaining("too long");
    assertThatThrownBy(() -> parser.parse("la\nla\u0007"))
        .hasMessageContaining("U+0007")
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> parser.parse("la\n".repeat(LyricsParser.MAX_LINES + 1)))
        .hasMessageContaining("too many lines");
  }

  @Test
  void decomposedAccentsAreNormalised() {
    Line line = parser.parse("cafe\u0301").lines().get(0);
    assertThat(line.words().get(0).text()).isEqualTo("café");
    assertThat(line.syllableCount()).isEqualTo(2);
  }
}
