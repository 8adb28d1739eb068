package dev.l2m.evaluate;

import static dev.l2m.evaluate.Xml.attributes;
import static dev.l2m.evaluate.Xml.measure;
import static dev.l2m.evaluate.Xml.note;
import static dev.l2m.evaluate.Xml.rest;
import static dev.l2m.evaluate.Xml.score;
import static dev.l2m.evaluate.Xml.sung;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Damaged scores either read or fail with the reader's own user-facing exception. */
class MusicXmlReaderFuzzTest {
  private static final String SCORE =
      score(
          measure(1, attributes(2, -2, "minor", 3, 4), sung("G4", 2, "begin", "Hal")),
          measure(
              2,
              sung("Bb4", 1, "middle", "le"),
              sung("C5", 1, "end", "lu"),
              note("D5", 2, Xml.tieStart() + Xml.lyric("single", "jah!")),
              "<backup><duration>4</duration></backup>",
              note("G3", 4, "<voice>2</voice>")),
          measure(3, note("D5", 2, Xml.tieStop()), rest(2), "<forward><duration>2</duration></forward>"));

  private static final String[] SNIPPETS = {
    "<", ">", "</note>", "<note>", "<chord/>", "<duration>-3</duration>", "<divisions>0</divisions>",
    "<alter>99</alter>", "<octave>-40</octave>", "&amp;", "&nope;", "<fifths>12</fifths>",
    "<beats>0</beats>", "<beat-type>7</beat-type>", "<lyric/>", "\u0000", "]]>", "<![CDATA[x]]>"
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void damagedScoresFailOnlyWithAClearMessage(long seed) {
    Random random = new Random(seed);
    MusicXmlReader reader = new MusicXmlReader();
    for (int i = 0; i < 150; i++) {
      StringBuilder b = new StringBuilder(SCORE);
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(b.length());
        switch (random.nextInt(4)) {
          case 0:
            b.setLength(at);
            break;
          case 1:
            b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(40)));
            break;
          case 2:
            b.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
            break;
          default:
            b.setCharAt(at, (char) (32 + random.nextInt(95)));
            break;
        }
      }
      byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
      try {
        ScoreMelody m = reader.read(bytes, "fuzz.musicxml");
        new SongMetrics(StressLookup.none()).evaluate(m, "fuzz");
      } catch (MusicXmlException expected) {
        assertThat(expected.getMessage()).startsWith("fuzz.musicxml").doesNotContain("\n");
      }
    }
  }
}
