package dev.l2m.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.l2m.lyrics.Lyrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    HumanCorpus human = new HumanCorpus();
    SongMetrics ours = new SongMetrics();
    List<Lyrics> corpus = human.readFolder(CORPUS, LyricsGenerator::parse);
    for (int index = 0; index < corpus.size(); index++) {
      Lyrics lyrics = corpus.get(index);
      CompositionRequest request = Requests.of(lyrics, EMOTIONS[index % EMOTIONS.length], index);
      ours.add(Composer.compose(request), lyrics);
    }
    assumeTrue(corpus.size() > 20 && human.ambitus.size() > 20, "too few corpus songs to judge");
    String report = ours.report();
    assertThat(ours.strongGivenStressed()).as(report).isGreaterThanOrEqualTo(0.72);
    assertThat(ours.strongGivenUnstressed()).as(report).isLessThanOrEqualTo(0.10);
    assertThat(ours.maxInterval).as(report).isLessThanOrEqualTo(12);
    assertThat(ours.tonicEndings).as(report).isEqualTo(ours.songs);
    assertThat(Math.abs(ours.medianAmbitus() - human.medianAmbitus())).as(report)
        .isLessThanOrEqualTo(3);
    assertThat(HumanCorpus.overlap(human.intervals, ours.intervalHistogram)).as(report)
        .isGreaterThanOrEqualTo(0.85);
    assertThat(HumanCorpus.overlap(human.durations, ours.durationHistogram)).as(report)
        .isGreaterThanOrEqualTo(0.80);
  }
}
