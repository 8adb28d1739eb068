package dev.l2m.evaluate;

import static dev.l2m.evaluate.Xml.attributes;
import static dev.l2m.evaluate.Xml.measure;
import static dev.l2m.evaluate.Xml.note;
import static dev.l2m.evaluate.Xml.rest;
import static dev.l2m.evaluate.Xml.score;
import static dev.l2m.evaluate.Xml.sung;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.l2m.score.TimeSignature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SongMetricsTest {
  private static final StressLookup FAKE =
      word ->
          Optional.ofNullable(
              Map.of(
                      "morning", new int[] {1, 0},
                      "tomorrow", new int[] {0, 1, 0},
                      "evening", new int[] {1, 0}) // CMU says three syllables; two here
                  .get(word));

  private final MusicXmlReader reader = new MusicXmlReader();
  private final SongMetrics metrics = new SongMetrics(FAKE);

  private SongReport evaluate(String xml) {
    return metrics.evaluate(reader.read(xml.getBytes(StandardCharsets.UTF_8), "t.xml"), "t.xml");
  }

  @Test
  void strongPositionsFollowTheQualityGuide() {
    TimeSignature four = new TimeSignature(4, 4);
    assertThat(SungSyllables.isStrong(four, 0)).isTrue();
    assertThat(SungSyllables.isStrong(four, 1)).isFalse();
    assertThat(SungSyllables.isStrong(four, 2)).isTrue();
    assertThat(SungSyllables.isStrong(four, 3)).isFalse();
    TimeSignature three = new TimeSignature(3, 4);
    assertThat(SungSyllables.isStrong(three, 0)).isTrue();
    assertThat(SungSyllables.isStrong(three, 1)).isFalse();
    assertThat(SungSyllables.isStrong(three, 1.5)).isFalse();
    TimeSignature six = new TimeSignature(6, 8);
    assertThat(SungSyllables.isStrong(six, 0)).isTrue();
    assertThat(SungSyllables.isStrong(six, 1.5)).isFalse();
    TimeSignature twelve = new TimeSignature(12, 8);
    assertThat(SungSyllables.isStrong(twelve, 3)).isTrue();
    TimeSignature two = new TimeSignature(2, 4);
    assertThat(SungSyllables.isStrong(two, 1)).isFalse();
    assertThat(SungSyllables.isStrong(new TimeSignature(2, 2), 2)).isFalse();
  }

  @Test
  void stressAlignmentCountsOnlyWordsTheDictionaryKnowsWithTheSungSyllableCount() {
    // 4/4, one quarter per syllable: "morning" on beats 1-2, "tomorrow" on 3-4-1, "evening" 2-3
    SongReport r =
        evaluate(
            score(
                measure(
                    1,
                    attributes(1, 0, null, 4, 4),
                    sung("C5", 1, "begin", "mor"),
                    sung("D5", 1, "end", "ning"),
                    sung("E5", 1, "begin", "to"),
                    sung("F5", 1, "middle", "mor")),
                measure(
                    2,
                    sung("E5", 1, "end", "row"),
                    sung("D5", 1, "begin", "eve"),
                    sung("C5", 1, "middle", "nin"),
                    sung("C5", 1, "end", "g"))));
    // morning: MOR strong (1), ning weak (0); tomorrow: to strong (0), MOR weak (1), row strong
    // (0); "evening" has three sung syllables but two in the dictionary: skipped
    assertThat(r.polysyllabicWords()).isEqualTo(3);
    assertThat(r.stressWords()).isEqualTo(2);
    assertThat(r.stressedSyllables()).isEqualTo(2);
    assertThat(r.stressedOnStrong()).isEqualTo(1);
    assertThat(r.unstressedSyllables()).isEqualTo(3);
    assertThat(r.unstressedOnStrong()).isEqualTo(2);
    assertThat(r.strongGivenStressed()).isEqualTo(0.5);
    assertThat(r.strongGivenUnstressed()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.strongOnsets()).isEqualTo(4);
    assertThat(r.strongOnsetShare()).isEqualTo(0.5);
    assertThat(r.words()).containsExactly("morning", "tomorrow", "evening");
  }

  @Test
  void aPickupIsAlignedToEndOnTheDownbeat() {
    // 3/4 pickup of one beat: its syllable sits on beat 3, weak; the next bar's first is strong
    SongReport r =
        evaluate(
            score(
                measure(1, attributes(1, 0, null, 3, 4), sung("G4", 1, "begin", "to")),
                measure(
                    2,
                    sung("C5", 1, "middle", "mor"),
                    sung("B4", 1, "end", "row"),
                    sung("C5", 1, "single", "sun"))));
    assertThat(r.pickup()).isTrue();
    assertThat(r.strongOnsets()).isEqualTo(1);
    assertThat(r.stressedOnStrong()).isEqualTo(1);
    assertThat(r.unstressedOnStrong()).isZero();
    assertThat(r.completeMeasures()).isTrue();
  }

  @Test
  void intervalProfileUsesConsecutiveSyllablesClippedToAnOctave() {
    SongReport r =
        evaluate(
            score(
                measure(
                    1,
                    attributes(1, 0, null, 4, 4),
                    sung("C4", 1, "single", "a"),
                    sung("C4", 1, "single", "b"),
                    sung("D4", 1, "single", "c"),
                    rest(1)),
                measure(
                    2,
                    sung("A4", 1, "single", "d"),
                    sung("A5", 1, "single", "e"),
                    sung("C4", 1, "single", "f"),
                    sung("B3", 1, "single", "g"))));
    // steps: 0, +2, +7 (across the rest), +12, -21 (clipped to -12), -1
    Histogram iv = r.intervals();
    assertThat(iv.total()).isEqualTo(6);
    assertThat(iv.count(0)).isEqualTo(1);
    assertThat(iv.count(2)).isEqualTo(1);
    assertThat(iv.count(7)).isEqualTo(1);
    assertThat(iv.count(12)).isEqualTo(1);
    assertThat(iv.count(-12)).isEqualTo(1);
    assertThat(iv.count(-1)).isEqualTo(1);
    assertThat(iv.share(0)).isCloseTo(1 / 6.0, within(1e-9));
    assertThat(iv.shareOfMagnitude(1, 2)).isCloseTo(2 / 6.0, within(1e-9));
    assertThat(iv.shareOfMagnitude(6, 12)).isCloseTo(3 / 6.0, within(1e-9));
    assertThat(iv.shareOfMagnitude(12, 12)).isCloseTo(2 / 6.0, within(1e-9));
    assertThat(r.largestLeap()).isEqualTo(21);
    assertThat(r.ambitus()).isEqualTo(81 - 59);
  }

  @Test
  void durationsSumTiesAndMelismasButNotRests() {
    SongReport r =
        evaluate(
            score(
                measure(
                    1,
                    attributes(2, 0, null, 4, 4),
                    sung("C5", 3, "single", "long"), // dotted quarter
                    note("D5", 1, ""), // melisma: + eighth
                    note("E5", 2, Xml.tieStart() + Xml.lyric("single", "tied"))),
                measure(
                    2,
                    note("E5", 2, Xml.tieStop()),
                    rest(2),
                    note("F5", 2, ""), // after a rest without a lyric: not sung
                    sung("C5", 2, "single", "end"))));
    Histogram d = r.durations();
    assertThat(d.total()).isEqualTo(3);
    assertThat(d.count(Histogram.durationBin(2.0))).isEqualTo(2); // long (1.5 + 0.5) and tied (1 + 1)
    assertThat(d.count(Histogram.durationBin(1.0))).isEqualTo(1);
    assertThat(r.syllables()).isEqualTo(3);
    assertThat(r.notes()).isEqualTo(4); // the tie continuation is not a new note
    assertThat(r.melismaSyllables()).isEqualTo(1);
    assertThat(r.melismaShare()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(r.ambitus()).isEqualTo(4); // C5..E5: F5 is not sung
  }

  @Test
  void finalTonicAndInKeyShareUseTheWrittenKey() {
    // E minor (one sharp, minor): ends on E; D# is outside natural minor
    SongReport minor =
        evaluate(
            score(
                measure(
                    1,
                    attributes(1, 1, "minor", 3, 4),
                    sung("B4", 1, "single", "la"),
                    sung("D#5", 1, "single", "la"),
                    sung("E5", 1, "single", "la"))));
    assertThat(minor.key()).isEqualTo("E minor");
    assertThat(minor.endsOnTonic()).isTrue();
    assertThat(minor.inKeyShare()).isCloseTo(2 / 3.0, within(1e-9));
    SongReport major =
        evaluate(
            score(
                measure(
                    1,
                    attributes(1, 1, "major", 2, 4),
                    sung("B4", 1, "single", "la"),
                    sung("E5", 1, "single", "la"))));
    assertThat(major.endsOnTonic()).isFalse();
    SongReport keyless =
        evaluate(score(measure(1, attributes(1, null, null, 1, 4), sung("C5", 1, "single", "la"))));
    assertThat(keyless.hasKey()).isFalse();
    assertThat(keyless.endsOnTonic()).isFalse();
    assertThat(keyless.inKeyShare()).isNaN();
  }

  @Test
  void incompleteMeasuresExceptPickupAndLastAreListed() {
    SongReport r =
        evaluate(
            score(
                measure(1, attributes(1, 0, null, 2, 4), sung("C5", 1, "single", "up")),
                measure(2, sung("C5", 2, "single", "a")),
                measure(3, sung("C5", 1, "single", "b")),
                measure(4, sung("C5", 3, "single", "c")),
                measure(5, sung("C5", 1, "single", "end"))));
    assertThat(r.pickup()).isTrue();
    assertThat(r.incompleteMeasures()).containsExactly("3", "4");
    assertThat(r.completeMeasures()).isFalse();
  }

  @Test
  void aSongWithoutLyricsHasNothingToMeasure() {
    SongReport r = evaluate(score(measure(1, attributes(1, 0, null, 2, 4), note("C5", 2, ""))));
    assertThat(r.hasLyrics()).isFalse();
    assertThat(r.syllables()).isZero();
    assertThat(r.strongGivenStressed()).isNaN();
    assertThat(new CorpusReport(List.of(r)).size()).isZero();
  }

  @Test
  void corpusSharesArePooledOverSyllables() {
    SongReport a =
        evaluate(
            score(
                measure(
                    1,
                    attributes(1, 0, null, 4, 4),
                    sung("C5", 1, "single", "a"),
                    sung("C5", 1, "single", "b"),
                    sung("D5", 1, "single", "c"),
                    sung("C5", 1, "single", "d"))));
    SongReport b =
        evaluate(
            score(
                measure(1, attributes(1, 0, null, 2, 4), sung("C5", 1, "single", "e"), sung("G5", 1, "single", "f"))));
    CorpusReport c = new CorpusReport(List.of(a, b));
    assertThat(c.size()).isEqualTo(2);
    assertThat(c.syllables()).isEqualTo(6);
    // strong: a has beats 1 and 3 (2 of 4), b has beat 1 (1 of 2): pooled 3 / 6
    assertThat(c.strongOnsetShare()).isEqualTo(0.5);
    assertThat(c.intervals().total()).isEqualTo(4);
    assertThat(c.medianAmbitus()).isEqualTo((2 + 7) / 2.0);
    assertThat(c.maxAmbitus()).isEqualTo(7);
    assertThat(c.endsOnTonicShare()).isEqualTo(0.5); // a ends on C (C major), b on G
  }
}
