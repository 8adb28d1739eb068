package dev.l2m.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.lyrics.Line;
import dev.l2m.lyrics.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

  @Test
  void ordinaryLinesStayWhole() {
    Line line = LyricsGenerator.parse("Morning light is on the river").lines().get(0);
    assertThat(LineSplitter.split(line)).hasSize(1);
  }

  @Test
  void aVersePastedAsOneLineIsCutAtItsPunctuation() {
    String text = "Oh say, let us fly dear. Where to the sky dear? Oh you flying machine, "
        + "jump in Miss Josephine. Ship ahoy, oh joy, what a feeling in the ceiling!";
    Line line = LyricsGenerator.parse(text).lines().get(0);
    List<List<Word>> pieces = LineSplitter.split(line);
    assertThat(pieces.size()).isGreaterThanOrEqualTo(4);
    int total = 0;
    for (List<Word> piece : pieces) {
      int notes = piece.stream().mapToInt(w -> w.syllables().size()).sum();
      assertThat(notes).isLessThanOrEqualTo(2 * LineSplitter.MAX_PHRASE_NOTES);
      total += piece.size();
    }
    assertThat(total).isEqualTo(line.words().size());
    assertThat(pieces.get(1).get(0).text()).isEqualTo("Where");
  }
}
