package dev.l2m.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeySpellingTest {

  @ParameterizedTest
  @CsvSource({
    "Dm, 61, C#",
    "Gm, 66, F#",
    "Cm, 71, B",
    "Fm, 64, E",
    "G#m, 67, F##",
    "G#m, 65, E#",
    "Dm, 59, B",
    "Bb, 66, Gb",
    "Bb, 70, Bb",
    "E, 65, F",
    "C, 66, F#",
    "F, 71, B",
    "D dorian, 61, C#",
  })
  void spellsLeadingTonesAsRaisedScaleLetters(String key, int midi, String expected) {
    assertThat(Key.parse(key).spell(midi).name()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"Dm, 61, 4", "G#m, 67, 4", "Cm, 59, 3", "C, 60, 4", "Dm, 60, 4"})
  void keepsTheOctaveOfTheWrittenLetter(String key, int midi, int octave) {
    assertThat(Key.parse(key).spell(midi).octave()).isEqualTo(octave);
  }
}
