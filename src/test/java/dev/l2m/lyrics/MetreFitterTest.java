package dev.l2m.lyrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stanzas written for these tests in known metres come out with exactly those counts. */
class MetreFitterTest {
  private final LyricsParser parser = LyricsParser.withBundledDictionary();

  private static List<Integer> counts(Stanza s) {
    return s.lines().stream().map(Line::syllableCount).toList();
  }

  @Test
  void commonMetreUsesEvryToKeepEightSix() {
    ParsedLyrics parsed =
        parser.parseDetailed(
            """
            The morning light is on the hill,
            the river runs along,
            and every bird that wakes to sing
            is singing out a song.
            """);
    assertThat(counts(parsed.lyrics().stanzas().get(0))).containsExactly(8, 6, 8, 6);
    assertThat(parsed.metres().get(0).pattern()).isEqualTo("8.6.8.6");
    assertThat(parsed.metres().get(0).spokenCounts()).containsExactly(8, 6, 9, 6);
    assertThat(parsed.sungForms()).singleElement().satisfies(c -> {
      assertThat(c.word()).isEqualTo("every");
      assertThat(c.line()).isEqualTo(3);
      assertThat(c.spokenSyllables()).isEqualTo(3);
      assertThat(c.sungSyllables()).isEqualTo(2);
      assertThat(c.reason()).contains("8 syllables");
    });
  }

  @Test
  void longMetreAcrossStanzasCompressesHeavenAndFire() {
    ParsedLyrics parsed =
        parser.parseDetailed(
            """
            We walk along the quiet shore
            and watch the boats come home once more;
            the sun goes down behind the hill
            and all the little waves are still.

            The stars come out in heaven above,
            the night is soft and full of love;
            we sit beside the fire and sing
            of all the joy the years will bring.
            """);
    for (Stanza s : parsed.lyrics().stanzas()) {
      assertThat(counts(s)).containsExactly(8, 8, 8, 8);
    }
    assertThat(parsed.sungForms()).extracting(SungFormChoice::word).containsExactly("heaven", "fire");
    assertThat(parsed.metres()).allMatch(StanzaMetre::regular);
  }

  @Test
  void irregularLinesKeepSpokenForms() {
    ParsedLyrics parsed =
        parser.parseDetailed(
            """
            every time
            I think about the way you looked at me that night
            heaven
            """);
    assertThat(parsed.sungForms()).isEmpty();
    assertThat(counts(parsed.lyrics().stanzas().get(0))).containsExactly(4, 12, 2);
    assertThat(parsed.metres().get(0).regular()).isFalse();
  }

  @Test
  void sevenSixMetreHoldsAcrossStanzas() {
    ParsedLyrics parsed =
        parser.parseDetailed(
            """
            The winter wind is blowing
            across the frozen lake,
            the little lamps are glowing
            for every sailor's sake.

            The sleepy town is dreaming
            beneath a silver sky,
            the quiet stars are gleaming
            and gentle hours go by.
            """);
    for (Stanza s : parsed.lyrics().stanzas()) {
      assertThat(counts(s)).containsExactly(7, 6, 7, 6);
    }
  }
}
