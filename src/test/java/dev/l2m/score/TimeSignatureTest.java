package dev.l2m.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeSignatureTest {

  @ParameterizedTest
  @CsvSource({"4/4, 1920, 480, 4", "3/4, 1440, 480, 3", "2/4, 960, 480, 2", "6/8, 1440, 720, 2", "12/8, 2880, 720, 4", "2/2, 1920, 960, 2"})
  void measuresAndBeats(String text, int measure, int beat, int felt) {
    TimeSignature t = TimeSignature.parse(text);
    assertThat(t.measureTicks()).isEqualTo(measure);
    assertThat(t.beatTicks()).isEqualTo(beat);
    assertThat(t.feltBeats()).isEqualTo(felt);
  }

  @Test
  void strongPositionsFollowTheQualityGuide() {
    TimeSignature four = TimeSignature.parse("4/4");
    assertThat(four.isStrong(0)).isTrue();
    assertThat(four.isStrong(960)).isTrue();
    assertThat(four.isStrong(480)).isFalse();
    TimeSignature three = TimeSignature.parse("3/4");
    assertThat(three.isStrong(0)).isTrue();
    assertThat(three.isStrong(480)).isFalse();
    assertThat(three.isStrong(960)).isFalse();
    TimeSignature six = TimeSignature.parse("6/8");
    assertThat(six.isStrong(720)).isFalse();
    assertThat(TimeSignature.parse("12/8").isStrong(1440)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"4", "4/3", "0/4", "fast", "", "17/4"})
  void rejectsNonsense(String text) {
    assertThatThrownBy(() -> TimeSignature.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a time signature");
  }

  @Test
  void commonTimeLetter() {
    assertThat(TimeSignature.parse("C")).isEqualTo(TimeSignature.COMMON);
  }
}
