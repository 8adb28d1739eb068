package dev.l2m.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SongTest {
  private static final Key C = Key.parse("C");

  private static Note note(long start, int dur) {
    return new Note(start, dur, 60, new Lyric("la", Syllabic.SINGLE, 1, false), 80);
  }

  @Test
  void measuresCountThePickup() {
    Song s = new Song("t", C, TimeSignature.COMMON, 100, 480, 480 + 1920, Voice.SOPRANO,
        List.of(note(0, 480), note(480, 1920)), List.of(), List.of());
    assertThat(s.measureCount()).isEqualTo(2);
    assertThat(s.measureStart(1)).isEqualTo(480);
    assertThat(s.offsetInBar(480)).isZero();
    assertThat(s.offsetInBar(0)).isEqualTo(1440);
    assertThat(s.lyrics()).hasSize(2);
  }

  @Test
  void refusesOverlapsAndRaggedLength() {
    assertThatThrownBy(() -> new Song("t", C, TimeSignature.COMMON, 100, 0, 1920, Voice.SOPRANO,
        List.of(note(0, 960), note(480, 480)), List.of(), List.of()))
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> new Song("t", C, TimeSignature.COMMON, 100, 0, 1000, Voice.SOPRANO,
        List.of(note(0, 960)), List.of(), List.of()))
        .hasMessageContaining("whole bars");
    assertThatThrownBy(() -> new Song("t", C, TimeSignature.COMMON, 100, 0, 1920, Voice.SOPRANO,
        List.of(note(0, 960), note(960, 1440)), List.of(), List.of()))
        .hasMessageContaining("past the end");
  }
}
