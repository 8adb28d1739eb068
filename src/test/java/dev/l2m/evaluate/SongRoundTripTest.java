package dev.l2m.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.analysis.EmotionMap;
import dev.l2m.analysis.LexiconAnalyzer;
import dev.l2m.lyrics.LyricsParser;
import dev.l2m.lyrics.RuleSyllabifier;
import dev.l2m.output.MusicXmlWriter;
import dev.l2m.pipeline.GenerationRequest;
import dev.l2m.pipeline.SongPipeline;
import dev.l2m.score.Song;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Metrics taken from the score model directly equal those read back from l2m's MusicXML. */
class SongRoundTripTest {
  private static final String LYRICS =
      "The morning light is on the hill\nAnd every river running still\n\n"
          + "Tomorrow we will wander home\nBeneath the evening's silver dome";

  private static final StressLookup STRESS =
      w ->
          Optional.ofNullable(
              Map.of(
                      "morning", new int[] {1, 0},
                      "every", new int[] {1, 0, 0},
                      "river", new int[] {1, 0},
                      "running", new int[] {1, 0},
                      "tomorrow", new int[] {0, 1, 0},
                      "wander", new int[] {1, 0},
                      "beneath", new int[] {0, 1},
                      "silver", new int[] {1, 0})
                  .get(w));

  @ParameterizedTest
  @CsvSource({"4/4, 1", "3/4, 2", "6/8, 3", "2/4, 4"})
  void modelAndFileGiveTheSameReport(String meter, long seed) throws IOException {
    EmotionMap map = EmotionMap.bundled();
    SongPipeline pipeline =
        new SongPipeline(new LyricsParser(new RuleSyllabifier()), new LexiconAnalyzer(map), map);
    Song song =
        pipeline
            .generate(
                new GenerationRequest(
                    LYRICS, "Round trip", null, TimeSignature.parse(meter), null, null,
                    Voice.SOPRANO, true, seed))
            .song();
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    new MusicXmlWriter().write(song, xml);

    SongMetrics metrics = new SongMetrics(STRESS);
    SongReport fromFile =
        metrics.evaluate(new MusicXmlReader().read(xml.toByteArray(), "song.musicxml"), "song");
    SongReport fromModel = metrics.evaluate(ScoreMelody.of(song), "song");

    assertThat(fromFile.syllables()).isEqualTo(song.lyrics().size());
    assertThat(fromModel)
        .usingRecursiveComparison()
        .ignoringFields("incompleteMeasures")
        .isEqualTo(fromFile);
    assertThat(fromFile.completeMeasures()).as(fromFile.incompleteMeasures().toString()).isTrue();
    assertThat(fromFile.endsOnTonic()).isTrue();
    assertThat(fromFile.time()).isEqualTo(meter);
    assertThat(fromFile.words())
        .containsExactlyElementsOf(LyricWords.words(LYRICS));
  }
}
