package dev.l2m.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HistogramTest {
  private static Histogram of(Map<Integer, Long> counts) {
    return new Histogram(new TreeMap<>(counts));
  }

  @Test
  void overlapIsTheSumOfBinMinimaOfTheShares() {
    Histogram p = of(Map.of(0, 2L, 1, 2L)); // 0.5, 0.5
    Histogram q = of(Map.of(0, 1L, 2, 3L)); // 0.25, 0, 0.75
    assertThat(p.overlap(q)).isCloseTo(0.25, within(1e-12));
    assertThat(q.overlap(p)).isCloseTo(0.25, within(1e-12));
    assertThat(p.overlap(p)).isCloseTo(1.0, within(1e-12));
    assertThat(p.overlap(of(Map.of(5, 9L)))).isZero();
    assertThat(p.overlap(Histogram.empty())).isZero();
  }

  @Test
  void sharesAndSums() {
    Histogram h = of(Map.of(-12, 1L, -1, 1L, 0, 2L, 2, 3L, 7, 1L, 12, 2L));
    assertThat(h.total()).isEqualTo(10);
    assertThat(h.share(0)).isEqualTo(0.2);
    assertThat(h.share(-1, 2)).isCloseTo(0.6, within(1e-12));
    assertThat(h.shareOfMagnitude(1, 2)).isCloseTo(0.4, within(1e-12));
    assertThat(h.shareOfMagnitude(6, 12)).isCloseTo(0.4, within(1e-12));
    assertThat(h.plus(h).count(2)).isEqualTo(6);
    assertThat(Histogram.empty().share(0)).isZero();
  }

  @Test
  void durationBinsAreExactForCommonValues() {
    assertThat(Histogram.durationBin(1.5)).isEqualTo(72);
    assertThat(Histogram.durationBin(1 / 3.0)).isEqualTo(16);
    assertThat(Histogram.durationOf(Histogram.durationBin(0.75))).isEqualTo(0.75);
  }
}
