package dev.l2m.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.l2m.lyrics.Lyrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The quality guide's targets on the lyrics of the development corpus (skipped when the shared
 * corpus is not on this machine). The corpus only supplies words and the human histograms; no
 * song is special-cased.
 */
class CorpusQualityTest {
  private static final Path CORPUS = Path.of("/work/shared/corpus/openewld-dev");
  private static final String[] EMOTIONS = {"joyful", "sad", "tender", "hopeful", "nostalgic"};

  @Test
  void composedSongsMeetTheQualityTargets() throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not available here");
    List<Path> files;
    try (Stream<Path> s = Files.walk(CORPUS)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    HumanCorpus human = new HumanCorpus();
    SongMetrics ours = new SongMetrics();
    int index = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith(".mxl")) {
        try {
          human.add(f);
        } catch (Exception e) {
          // an unreadable lead sheet is left out, as in the reference numbers
        }
      } else if (name.endsWith(".txt")) {
        Lyrics lyrics;
        try {
          lyrics = LyricsGenerator.parse(Files.readString(f));
        } catch (RuntimeException e) {
          continue;
        }
        CompositionRequest request =
            Requests.of(lyrics, EMOTIONS[index % EMOTIONS.length], index);
        ours.add(Composer.compose(request), lyrics);
        index++;
      }
    }
    assumeTrue(index > 20 && human.ambitus.size() > 20, "too few corpus songs to judge");
    String report = ours.report();
    assertThat(ours.strongGivenStressed()).as(report).isGreaterThanOrEqualTo(0.72);
    assertThat(ours.strongGivenUnstressed()).as(report).isLessThanOrEqualTo(0.10);
    assertThat(ours.maxInterval).as(report).isLessThanOrEqualTo(12);
    assertThat(ours.tonicEndings).as(report).isEqualTo(ours.songs);
    assertThat(Math.abs(ours.medianAmbitus() - median(human.ambitus))).as(report)
        .isLessThanOrEqualTo(3);
    assertThat(HumanCorpus.overlap(human.intervals, ours.intervalHistogram)).as(report)
        .isGreaterThanOrEqualTo(0.85);
    assertThat(HumanCorpus.overlap(human.durations, ours.durationHistogram)).as(report)
        .isGreaterThanOrEqualTo(0.80);
  }

  private static int median(List<Integer> values) {
    List<Integer> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
