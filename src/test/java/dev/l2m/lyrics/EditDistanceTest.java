package dev.l2m.lyrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void countsSingleCharacterEdits() {
    assertThat(EditDistance.between("L2M_TEMP0", "L2M_TEMPO")).isEqualTo(1);
    assertThat(EditDistance.between("", "abc")).isEqualTo(3);
    assertThat(EditDistance.between("abc", "")).isEqualTo(3);
    assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
    assertThat(EditDistance.between("joyfull", "joyful")).isEqualTo(1);
    assertThat(EditDistance.between("same", "same")).isZero();
  }
}
