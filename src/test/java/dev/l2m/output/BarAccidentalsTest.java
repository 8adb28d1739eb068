package dev.l2m.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.score.Key;
import org.junit.jupiter.api.Test;

class BarAccidentalsTest {

  private static Key.Spelling pitch(char step, int alter, int octave) {
    return new Key.Spelling(step, alter, octave);
  }

  @Test
  void showsAccidentalsAgainstTheSignatureOncePerBarAndOctave() {
    BarAccidentals bar = new BarAccidentals(Key.parse("D"));

    assertThat(bar.accidentalFor(pitch('F', 1, 4), false)).isNull();
    assertThat(bar.accidentalFor(pitch('F', 0, 4), false)).isEqualTo(0);
    assertThat(bar.accidentalFor(pitch('F', 0, 4), false)).isNull();
    assertThat(bar.accidentalFor(pitch('F', 1, 4), false)).isEqualTo(1);
    assertThat(bar.accidentalFor(pitch('C', 0, 5), false)).isEqualTo(0);
    // another octave keeps the signature
    assertThat(bar.accidentalFor(pitch('C', 1, 4), false)).isNull();
  }

  @Test
  void barLineRestoresTheSignatureAndTiedNotesChangeNothing() {
    BarAccidentals bar = new BarAccidentals(Key.parse("Eb"));

    assertThat(bar.accidentalFor(pitch('A', 0, 4), false)).isEqualTo(0);
    bar.startBar();
    assertThat(bar.accidentalFor(pitch('A', 0, 4), true)).isNull();
    assertThat(bar.accidentalFor(pitch('A', -1, 4), false)).isNull();
    assertThat(bar.accidentalFor(pitch('B', -1, 4), false)).isNull();
    assertThat(bar.accidentalFor(pitch('G', -1, 4), false)).isEqualTo(-1);
  }
}
