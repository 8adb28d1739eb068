package dev.l2m.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * The quality metrics of one song, as defined in the project's quality guide. Counts are kept
 * (not just shares) so that songs can be pooled into a {@link CorpusReport}.
 *
 * @param source where the song came from (a file name)
 * @param title the score's title, or empty
 * @param time the meter of the first bar ("4/4")
 * @param key the written key of the first bar ("G major"), or empty when the file has none
 * @param pickup true when the song opens with a pickup bar
 * @param measures number of bars
 * @param notes articulated sung notes (tied continuations not counted)
 * @param syllables sung syllables
 * @param melismaSyllables syllables sung on more than one articulated note
 * @param strongOnsets syllables starting on a strong position
 * @param polysyllabicWords words of two or more sung syllables
 * @param stressWords polysyllabic words the dictionary knows with the sung syllable count
 * @param stressedSyllables primary-stressed syllables of those words
 * @param stressedOnStrong those of them on a strong position
 * @param unstressedSyllables unstressed syllables of those words
 * @param unstressedOnStrong those of them on a strong position
 * @param intervals signed semitone steps between consecutive syllables, clipped to ±12
 * @param largestLeap the largest step between consecutive syllables in semitones, unclipped
 * @param durations syllable durations in bins of {@link Histogram#DURATION_BINS_PER_QUARTER}
 * @param lowest lowest sung pitch (MIDI), or -1 when nothing is sung
 * @param highest highest sung pitch (MIDI), or -1 when nothing is sung
 * @param inKeySyllables syllables whose first note belongs to the written key's scale
 * @param keyedSyllables syllables sung where a key is written (the in-key share's base)
 * @param hasKey true when the file writes a key signature
 * @param endsOnTonic true when the last sung note is the written key's tonic
 * @param incompleteMeasures numbers of bars that do not fill their meter (pickup and last bar
 *     excepted)
 * @param words the sung words in order (for lyric fidelity)
 */
public record SongReport(
    String source,
    String title,
    String time,
    String key,
    boolean pickup,
    int measures,
    int notes,
    int syllables,
    int melismaSyllables,
    int strongOnsets,
    int polysyllabicWords,
    int stressWords,
    int stressedSyllables,
    int stressedOnStrong,
    int unstressedSyllables,
    int unstressedOnStrong,
    Histogram intervals,
    int largestLeap,
    Histogram durations,
    int lowest,
    int highest,
    int inKeySyllables,
    int keyedSyllables,
    boolean hasKey,
    boolean endsOnTonic,
    List<String> incompleteMeasures,
    List<String> words) {

  public SongReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(intervals, "intervals");
    Objects.requireNonNull(durations, "durations");
    incompleteMeasures = List.copyOf(incompleteMeasures);
    words = List.copyOf(words);
  }

  /** True when the song has sung syllables to measure. */
  public boolean hasLyrics() {
    return syllables > 0;
  }

  /** Syllables per articulated note: 1.0 when every note carries its own syllable. */
  public double syllablesPerNote() {
    return notes == 0 ? 0 : syllables / (double) notes;
  }

  /** Share of syllables sung on more than one note. */
  public double melismaShare() {
    return ratio(melismaSyllables, syllables);
  }

  /** Share of syllables starting on a strong position. */
  public double strongOnsetShare() {
    return ratio(strongOnsets, syllables);
  }

  /** P(strong | primary stress), NaN when no stressed syllable could be checked. */
  public double strongGivenStressed() {
    return ratio(stressedOnStrong, stressedSyllables);
  }

  /** P(strong | unstressed), NaN when no unstressed syllable could be checked. */
  public double strongGivenUnstressed() {
    return ratio(unstressedOnStrong, unstressedSyllables);
  }

  /** Highest minus lowest sung pitch in semitones (0 when nothing is sung). */
  public int ambitus() {
    return lowest < 0 ? 0 : highest - lowest;
  }

  /** Share of syllables whose pitch belongs to the written key, NaN without a key. */
  public double inKeyShare() {
    return ratio(inKeySyllables, keyedSyllables);
  }

  /** True when every bar but a pickup and the last fills its meter. */
  public boolean completeMeasures() {
    return incompleteMeasures.isEmpty();
  }

  static double ratio(long part, long whole) {
    return whole == 0 ? Double.NaN : part / (double) whole;
  }
}
