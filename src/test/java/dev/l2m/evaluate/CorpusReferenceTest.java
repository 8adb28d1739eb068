package dev.l2m.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The human reference numbers of the quality guide, measured on the development corpus. Skipped
 * when the corpus is not on this machine. Stress alignment needs a pronouncing dictionary and is
 * checked by the benchmark instead.
 */
class CorpusReferenceTest {
  private static final Path CORPUS = Path.of("/work/shared/corpus/openewld-dev");

  @Test
  void theHumanSongsMeasureAsTheQualityGuideSays() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "the development corpus is not on this machine");
    List<Path> files;
    try (Stream<Path> s = Files.walk(CORPUS)) {
      files = s.filter(p -> p.toString().endsWith(".mxl")).sorted().toList();
    }
    assertThat(files).hasSize(128);
    List<Evaluation> all = new Evaluator(StressLookup.none()).evaluate(files);
    assertThat(all).allSatisfy(e -> assertThat(e.succeeded()).as(String.valueOf(e.error())).isTrue());
    CorpusReport c = new CorpusReport(all.stream().map(Evaluation::report).toList());

    assertThat(c.size()).isEqualTo(125); // three files carry no lyrics
    assertThat(c.strongOnsetShare()).isCloseTo(0.39, within(0.01));
    Histogram iv = c.intervals();
    assertThat(iv.share(0)).isCloseTo(0.16, within(0.01));
    assertThat(iv.shareOfMagnitude(1, 2)).isCloseTo(0.49, within(0.01));
    assertThat(iv.shareOfMagnitude(6, 12)).isCloseTo(0.074, within(0.002));
    assertThat(iv.shareOfMagnitude(12, 12)).isCloseTo(0.007, within(0.001));
    assertThat(c.medianAmbitus()).isEqualTo(14.0);
    assertThat(c.maxAmbitus()).isEqualTo(22);
    assertThat(c.melismaShare()).isCloseTo(0.019, within(0.001));
    assertThat(c.endsOnTonicShare()).isCloseTo(0.89, within(0.005));
    Histogram d = c.durations();
    assertThat(d.share(Histogram.durationBin(1))).isCloseTo(0.40, within(0.005));
    assertThat(d.share(Histogram.durationBin(0.5))).isCloseTo(0.28, within(0.005));
    assertThat(d.share(Histogram.durationBin(2))).isCloseTo(0.10, within(0.005));
    assertThat(d.share(Histogram.durationBin(1.5))).isCloseTo(0.045, within(0.002));
    assertThat(d.share(Histogram.durationBin(3))).isCloseTo(0.035, within(0.002));
    assertThat(d.share(Histogram.durationBin(4))).isCloseTo(0.028, within(0.002));
  }
}
