package dev.l2m.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.score.Key;
import dev.l2m.score.TimeSignature;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarmonyTest {
  private static final Key C = Key.parse("C");
  private static final List<RomanNumeral> POP = Harmony.parseProgression("I V vi IV");

  @Test
  void closedPhraseEndsDominantToTonicWhereTheLastSyllableLands() {
    int bar = TimeSignature.COMMON.measureTicks();
    List<ChordSlot> slots =
        Harmony.layOut(POP, 4, TimeSignature.COMMON, Cadence.CLOSED, C, 2 * bar);
    ChordSlot last = slots.get(slots.size() - 1);
    assertThat(last.numeral().isTonic()).isTrue();
    assertThat(last.start()).isEqualTo(2 * bar);
    assertThat(last.start() + last.duration()).isEqualTo(4 * bar);
    assertThat(slots.get(slots.size() - 2).numeral()).isEqualTo(RomanNumeral.DOMINANT);
  }

  @Test
  void halfCadenceRestsOnTheDominant() {
    int bar = TimeSignature.parse("3/4").measureTicks();
    List<ChordSlot> slots =
        Harmony.layOut(POP, 4, TimeSignature.parse("3/4"), Cadence.HALF, C, 3 * bar);
    assertThat(slots.get(slots.size() - 1).numeral()).isEqualTo(RomanNumeral.DOMINANT);
    assertThat(slots.get(0).numeral().isTonic()).isTrue();
  }

  @Test
  void openPhraseFollowsThePalette() {
    int bar = TimeSignature.COMMON.measureTicks();
    List<ChordSlot> slots =
        Harmony.layOut(POP, 4, TimeSignature.COMMON, Cadence.OPEN, C, 3 * bar);
    assertThat(slots).extracting(ChordSlot::numeral).containsExactlyElementsOf(POP);
    int covered = slots.stream().mapToInt(ChordSlot::duration).sum();
    assertThat(covered).isEqualTo(4 * bar);
  }

  @Test
  void unreadablePaletteFallsBackToAPlainCadence() {
    assertThat(Harmony.parseProgression("I Q V")).hasSize(4);
  }
}
