package dev.l2m.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.score.Song;
import dev.l2m.score.TimeSignature;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MeasureLayoutTest {

  static Stream<Song> songs() {
    return TestSongs.all().stream();
  }

  @ParameterizedTest
  @MethodSource("songs")
  void eventsFillEveryBarWithoutGapsOrOverlaps(Song song) {
    MeasureLayout layout = MeasureLayout.of(song);

    assertThat(layout.measures()).hasSize(song.measureCount());
    for (MeasureLayout.Measure m : layout.measures()) {
      long at = m.start();
      for (MeasureLayout.Event e : m.events()) {
        assertThat(e.start()).isEqualTo(at);
        if (e.value() != null) {
          assertThat(e.value().ticks()).isEqualTo(e.duration());
        }
        at = e.end();
      }
      assertThat(at).isEqualTo(m.end());
      int expected = m.implicit() ? song.pickup() : song.time().measureTicks();
      assertThat(m.length()).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @MethodSource("songs")
  void everyNoteIsStruckOnceAndItsPiecesAreTied(Song song) {
    MeasureLayout layout = MeasureLayout.of(song);
    List<MeasureLayout.Event> pieces =
        layout.measures().stream().flatMap(m -> m.events().stream()).filter(e -> !e.isRest()).toList();

    assertThat(pieces.stream().filter(MeasureLayout.Event::isAttack).map(MeasureLayout.Event::note))
        .containsExactlyElementsOf(song.notes());
    for (int i = 0; i < pieces.size(); i++) {
      MeasureLayout.Event e = pieces.get(i);
      boolean lastOfNote = e.end() == e.note().end();
      assertThat(e.tieStart()).isEqualTo(!lastOfNote);
      assertThat(e.tieStop()).isEqualTo(e.start() != e.note().start());
    }
  }

  @Test
  void numbersBarsFromOneOrFromZeroWithAPickup() {
    assertThat(MeasureLayout.of(TestSongs.twinkle()).measures())
        .extracting(MeasureLayout.Measure::number)
        .containsExactly(1, 2);
    assertThat(MeasureLayout.of(TestSongs.pickupWaltz()).measures())
        .extracting(MeasureLayout.Measure::number)
        .containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void emptyBarBecomesOneWholeBarRest() {
    Song song = new TestSongs.Builder("r").sing(1920, 60, "a").rest(1920).sing(480, 60, "b").build();
    MeasureLayout.Measure empty = MeasureLayout.of(song).measures().get(1);

    assertThat(empty.events()).hasSize(1);
    assertThat(empty.events().get(0).wholeMeasureRest()).isTrue();
    assertThat(empty.events().get(0).duration()).isEqualTo(1920);
  }

  @ParameterizedTest
  @CsvSource({
    // meter, position, length, expected values
    "4/4, 0, 1920, whole",
    "4/4, 0, 1440, half.",
    "4/4, 480, 1440, half.",
    "4/4, 240, 480, quarter",
    "4/4, 720, 480, eighth eighth",
    "4/4, 0, 2400, whole quarter",
    "4/4, 960, 600, quarter 16th",
    "3/4, 480, 960, half",
    "6/8, 0, 1440, half.",
    "6/8, 0, 720, quarter.",
    "6/8, 240, 720, quarter eighth",
    "6/8, 480, 480, eighth eighth",
    "12/8, 0, 2880, whole.",
    "12/8, 0, 1920, half. quarter",
    "6/8, 0, 960, quarter. eighth",
    "9/8, 720, 1440, half.",
    "9/8, 720, 960, quarter. eighth",
    "2/4, 0, 600, quarter 16th",
  })
  void splitsIntoReadableValues(String meter, int position, int length, String expected) {
    List<int[]> pieces = MeasureLayout.split(TimeSignature.parse(meter), position, length, false);
    StringBuilder names = new StringBuilder();
    for (int[] p : pieces) {
      NoteValue v = NoteValue.ALL.get(p[1]);
      names.append(names.length() == 0 ? "" : " ").append(v.type()).append(v.dots() == 1 ? "." : "");
    }

    assertThat(names.toString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "4/4, 240, 1680, eighth quarter half",
    "4/4, 480, 960, quarter quarter",
    "4/4, 0, 1440, half quarter",
    "3/4, 480, 960, quarter quarter",
    "3/4, 0, 1440, half quarter",
    "6/8, 240, 1200, eighth eighth quarter.",
    "6/8, 0, 1440, half.",
    "12/8, 720, 2160, quarter. half.",
    "12/8, 0, 2160, half. quarter.",
    "2/4, 360, 600, 16th quarter",
  })
  void restsAvoidDotsAndSyncopation(String meter, int position, int length, String expected) {
    List<int[]> pieces = MeasureLayout.split(TimeSignature.parse(meter), position, length, true);
    StringBuilder names = new StringBuilder();
    for (int[] p : pieces) {
      NoteValue v = NoteValue.ALL.get(p[1]);
      names.append(names.length() == 0 ? "" : " ").append(v.type()).append(v.dots() == 1 ? "." : "");
    }

    assertThat(names.toString()).isEqualTo(expected);
  }

  @Test
  void offGridLengthsStayExactButUntyped() {
    List<int[]> pieces = MeasureLayout.split(TimeSignature.COMMON, 160, 320, false);

    assertThat(pieces).hasSize(1);
    assertThat(pieces.get(0)).containsExactly(320, -1);
  }
}
