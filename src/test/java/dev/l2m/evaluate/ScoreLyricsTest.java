package dev.l2m.evaluate;

import static dev.l2m.evaluate.Xml.attributes;
import static dev.l2m.evaluate.Xml.measure;
import static dev.l2m.evaluate.Xml.rest;
import static dev.l2m.evaluate.Xml.score;
import static dev.l2m.evaluate.Xml.sung;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScoreLyricsTest {
  private static String text(String xml) {
    return ScoreLyrics.text(
        new MusicXmlReader().read(xml.getBytes(StandardCharsets.UTF_8), "t.xml"));
  }

  @Test
  void restsAndPunctuationEndLinesAndLongRestsEndStanzas() {
    String xml =
        score(
            measure(
                1,
                attributes(1, 0, null, 4, 4),
                sung("C5", 1, "single", "Shine"),
                sung("C5", 1, "single", "on,"),
                sung("C5", 1, "single", "shine"),
                sung("C5", 1, "single", "on")),
            measure(2, sung("C5", 1, "begin", "har"), sung("C5", 1, "end", "vest"), sung("C5", 1, "single", "moon"), rest(1)),
            measure(3, rest(4)),
            measure(4, sung("C5", 1, "single", "up"), sung("C5", 1, "single", "in"), sung("C5", 1, "single", "the"), sung("C5", 1, "single", "sky.")));
    // "Shine on," is too short to stand alone and joins the next line
    assertThat(text(xml)).isEqualTo("Shine on, shine on harvest moon\n\nup in the sky.\n");
  }

  @Test
  void noLyricsGiveNoText() {
    assertThat(text(score(measure(1, attributes(1, 0, null, 1, 4), Xml.note("C5", 1, ""))))).isEmpty();
  }
}
