package dev.l2m.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VoiceTest {
  @Test
  void namedVoicesAndRanges() {
    assertThat(Voice.parse("Soprano")).isEqualTo(Voice.SOPRANO);
    assertThat(Voice.parse("bass").usesBassClef()).isTrue();
    assertThat(Voice.parse("soprano").usesBassClef()).isFalse();
    Voice custom = Voice.parse("C4-A5");
    assertThat(custom.low()).isEqualTo(60);
    assertThat(custom.high()).isEqualTo(81);
    assertThat(Voice.parse("48..67").high()).isEqualTo(67);
  }

  @Test
  void refusesTooNarrowOrUnknown() {
    assertThatThrownBy(() -> Voice.parse("C4-E4")).hasMessageContaining("at least an octave");
    assertThatThrownBy(() -> Voice.parse("countertenorish")).hasMessageContaining("is not a voice");
  }
}
