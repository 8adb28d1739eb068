package dev.l2m.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2m.score.ChordQuality;
import dev.l2m.score.Key;
import org.junit.jupiter.api.Test;

class RomanNumeralTest {

  @Test
  void numeralsAreEqualExactlyWhenAlterationDegreeAndQualityAre() {
    RomanNumeral v = new RomanNumeral(0, 4, ChordQuality.MAJOR);
    assertThat(RomanNumeral.parse("V")).isEqualTo(v).hasSameHashCodeAs(v);
    assertThat(RomanNumeral.DOMINANT).isEqualTo(v);
    assertThat(new RomanNumeral(-1, 4, ChordQuality.MAJOR)).isNotEqualTo(v);
    assertThat(new RomanNumeral(0, 3, ChordQuality.MAJOR)).isNotEqualTo(v);
    assertThat(new RomanNumeral(0, 4, ChordQuality.MINOR)).isNotEqualTo(v);
    assertThat(v).isNotEqualTo("V");
    assertThat(java.util.Set.of(v, RomanNumeral.parse("bVII"), RomanNumeral.parse("v")))
        .contains(RomanNumeral.parse("V"))
        .doesNotContain(RomanNumeral.parse("V7"));
  }

  @Test
  void readsCaseAsQualityAndCountsFromTheKey() {
    Key c = Key.parse("C");
    assertThat(RomanNumeral.parse("V").root(c)).isEqualTo(7);
    assertThat(RomanNumeral.parse("V").quality()).isEqualTo(ChordQuality.MAJOR);
    assertThat(RomanNumeral.parse("vi").root(c)).isEqualTo(9);
    assertThat(RomanNumeral.parse("vi").quality()).isEqualTo(ChordQuality.MINOR);
    assertThat(RomanNumeral.parse("V7").quality()).isEqualTo(ChordQuality.DOMINANT_SEVENTH);
    assertThat(RomanNumeral.parse("vii°").quality()).isEqualTo(ChordQuality.DIMINISHED);
  }

  @Test
  void flatNumeralsCountFromTheMajorScalePlainOnesFromTheMode() {
    Key c = Key.parse("C");
    assertThat(RomanNumeral.parse("bVII").root(c)).isEqualTo(10);
    assertThat(RomanNumeral.parse("bII").root(c)).isEqualTo(1);
    Key a = Key.parse("Am");
    assertThat(RomanNumeral.parse("VII").root(a)).isEqualTo(7); // G in A minor
    assertThat(RomanNumeral.parse("III").root(a)).isEqualTo(0); // C
    assertThat(RomanNumeral.parse("iv").root(a)).isEqualTo(2); // D minor
    assertThat(RomanNumeral.parse("bII").root(a)).isEqualTo(10); // Bb, Neapolitan
  }

  @Test
  void rejectsWhatIsNoNumeral() {
    assertThatThrownBy(() -> RomanNumeral.parse("X")).hasMessageContaining("Roman-numeral");
    assertThatThrownBy(() -> RomanNumeral.parse("")).isInstanceOf(IllegalArgumentException.class);
  }
}
