package dev.l2m.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.analysis.EmotionMap;
import dev.l2m.analysis.EmotionProfile;
import dev.l2m.score.ChordQuality;
import dev.l2m.score.Key;
import dev.l2m.score.Mode;
import org.junit.jupiter.api.Test;

class HarmonyFitTest {

  private static boolean inKey(RomanNumeral n, Key key) {
    int root = n.root(key);
    for (int iv : n.quality().intervals()) {
      if (!key.contains(root + iv)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void everyPaletteChordSoundsInsideTheKeyInEveryMode() {
    for (EmotionProfile p : EmotionMap.bundled().profiles()) {
      for (String progression : p.progressions()) {
        for (RomanNumeral written : Harmony.parseProgression(progression)) {
          for (Mode mode : Mode.values()) {
            for (int tonic = 0; tonic < 12; tonic++) {
              Key key = Key.of(tonic, mode);
              RomanNumeral heard = Harmony.fit(written, key);
              boolean leadingToneDominant =
                  (mode == Mode.MINOR || mode == Mode.DORIAN) && heard.degree() == 4 && heard.alteration() == 0;
              if (written.alteration() == 0 && !leadingToneDominant) {
                assertThat(inKey(heard, key))
                    .as("%s in %s (%s) -> %s", written, key, progression, heard)
                    .isTrue();
              }
              assertThat(heard.quality()).isNotEqualTo(ChordQuality.DIMINISHED);
            }
          }
        }
      }
    }
  }

  @Test
  void writtenChordsThatFitAreKeptAsWritten() {
    Key c = Key.parse("C");
    RomanNumeral vi = RomanNumeral.parse("vi");
    assertThat(Harmony.fit(vi, c)).isEqualTo(vi);
    RomanNumeral flatSeven = RomanNumeral.parse("bVII");
    assertThat(Harmony.fit(flatSeven, c)).isEqualTo(flatSeven);
    assertThat(Harmony.fit(RomanNumeral.DOMINANT, Key.parse("A minor"))).isEqualTo(RomanNumeral.DOMINANT);
  }

  @Test
  void modalKeysTakeTheirOwnTriads() {
    Key cDorian = Key.parse("C dorian");
    // VI of a minor palette would be A major (C#, E) in C dorian: the A-diminished triad of the
    // mode gives way to F major, a third below
    RomanNumeral six = Harmony.fit(RomanNumeral.parse("VI"), cDorian);
    assertThat(six.root(cDorian)).isEqualTo(5);
    assertThat(six.quality()).isEqualTo(ChordQuality.MAJOR);
    // a major palette's I in a minor key is the minor tonic
    RomanNumeral one = Harmony.fit(RomanNumeral.parse("I"), Key.parse("D minor"));
    assertThat(one.quality()).isEqualTo(ChordQuality.MINOR);
    // mixolydian has a minor v
    RomanNumeral five = Harmony.fit(RomanNumeral.DOMINANT, Key.parse("G mixolydian"));
    assertThat(five.quality()).isEqualTo(ChordQuality.MINOR);
  }
}
