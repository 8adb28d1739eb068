package dev.l2m.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyTest {

  @ParameterizedTest
  @CsvSource({
    "C, 0, MAJOR, 0",
    "D, 2, MAJOR, 2",
    "F#m, 6, MINOR, 3",
    "Bb major, 10, MAJOR, -2",
    "b minor, 11, MINOR, 2",
    "Eb, 3, MAJOR, -3",
    "c minor, 0, MINOR, -3",
    "E dorian, 4, DORIAN, 2",
    "Ab minor, 8, MINOR, -7",
    "F sharp minor, 6, MINOR, 3",
    "Bbm, 10, MINOR, -5",
    "A, 9, MAJOR, 3"
  })
  void parsesKeysAsPeopleWriteThem(String text, int tonic, Mode mode, int fifths) {
    Key k = Key.parse(text);
    assertThat(k.tonic()).isEqualTo(tonic);
    assertThat(k.mode()).isEqualTo(mode);
    assertThat(k.fifths()).isEqualTo(fifths);
  }

  @ParameterizedTest
  @ValueSource(strings = {"H", "", "C#x", "do", "Q minor", "C superlocrian"})
  void rejectsNonKeysWithAnExample(String text) {
    assertThatThrownBy(() -> Key.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("examples");
  }

  @ParameterizedTest
  @CsvSource({"0, MAJOR, 0", "7, MAJOR, 1", "5, MAJOR, -1", "9, MINOR, 0", "6, MAJOR, 6", "2, MINOR, -1"})
  void ofChoosesTheSmallerSignature(int tonic, Mode mode, int fifths) {
    assertThat(Key.of(tonic, mode).fifths()).isEqualTo(fifths);
  }

  @ParameterizedTest
  @CsvSource({
    "Bb, 70, B, -1, 4",
    "D, 66, F, 1, 4",
    "Eb, 63, E, -1, 4",
    "F#m, 62, D, 0, 4",
    "C, 61, C, 1, 4",
    "F, 61, D, -1, 4",
    "Gb, 71, C, -1, 5"
  })
  void spellsPitchesInTheKey(String key, int midi, char step, int alter, int octave) {
    Key.Spelling s = Key.parse(key).spell(midi);
    assertThat(s.step()).isEqualTo(step);
    assertThat(s.alter()).isEqualTo(alter);
    assertThat(s.octave()).isEqualTo(octave);
  }

  @ParameterizedTest
  @CsvSource({"C, 60, 0", "C, 61, -1", "A minor, 69, 0", "A minor, 72, 2", "D, 66, 2", "D, 65, -1"})
  void knowsScaleDegrees(String key, int midi, int degree) {
    assertThat(Key.parse(key).degreeOf(midi)).isEqualTo(degree);
    assertThat(Key.parse(key).contains(midi)).isEqualTo(degree >= 0);
  }
}
