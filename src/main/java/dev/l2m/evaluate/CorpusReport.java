package dev.l2m.evaluate;

import java.util.Arrays;
import java.util.List;

/**
 * Metrics pooled over many songs: shares are over all syllables (or words) of all songs, not
 * averages of per-song shares; ambitus is summarised by its median. Songs without sung syllables
 * are left out.
 *
 * @param songs the songs that were measured
 */
public record CorpusReport(List<SongReport> songs) {

  public CorpusReport {
    songs = songs.stream().filter(SongReport::hasLyrics).toList();
  }

  /** Number of songs pooled. */
  public int size() {
    return songs.size();
  }

  /** All syllables. */
  public long syllables() {
    return songs.stream().mapToLong(SongReport::syllables).sum();
  }

  /** P(strong | primary stress) over all checked syllables. */
  public double strongGivenStressed() {
    return SongReport.ratio(
        sum(SongReport::stressedOnStrong), sum(SongReport::stressedSyllables));
  }

  /** P(strong | unstressed) over all checked syllables. */
  public double strongGivenUnstressed() {
    return SongReport.ratio(
        sum(SongReport::unstressedOnStrong), sum(SongReport::unstressedSyllables));
  }

  /** Share of all syllables that start on a strong position. */
  public double strongOnsetShare() {
    return SongReport.ratio(sum(SongReport::strongOnsets), sum(SongReport::syllables));
  }

  /** Share of all syllables sung on more than one note. */
  public double melismaShare() {
    return SongReport.ratio(sum(SongReport::melismaSyllables), sum(SongReport::syllables));
  }

  /** Pooled interval histogram. */
  public Histogram intervals() {
    return songs.stream().map(SongReport::intervals).reduce(Histogram.empty(), Histogram::plus);
  }

  /** Pooled syllable-duration histogram. */
  public Histogram durations() {
    return songs.stream().map(SongReport::durations).reduce(Histogram.empty(), Histogram::plus);
  }

  /** Median ambitus in semitones (the mean of the middle two for an even count). */
  public double medianAmbitus() {
    int[] a = songs.stream().mapToInt(SongReport::ambitus).sorted().toArray();
    if (a.length == 0) {
      return Double.NaN;
    }
    int mid = a.length / 2;
    return a.length % 2 == 1 ? a[mid] : (a[mid - 1] + a[mid]) / 2.0;
  }

  /** Largest ambitus of any song. */
  public int maxAmbitus() {
    return songs.stream().mapToInt(SongReport::ambitus).max().orElse(0);
  }

  /** Largest step between consecutive syllables in any song, unclipped. */
  public int largestLeap() {
    return songs.stream().mapToInt(SongReport::largestLeap).max().orElse(0);
  }

  /** Share of songs whose last sung note is the written tonic. */
  public double endsOnTonicShare() {
    return SongReport.ratio(songs.stream().filter(SongReport::endsOnTonic).count(), songs.size());
  }

  /** Share of songs whose bars are all complete (pickup and last bar excepted). */
  public double completeMeasuresShare() {
    return SongReport.ratio(
        songs.stream().filter(SongReport::completeMeasures).count(), songs.size());
  }

  /** Pooled share of syllables in the written key. */
  public double inKeyShare() {
    return SongReport.ratio(sum(SongReport::inKeySyllables), sum(SongReport::keyedSyllables));
  }

  /** Ambitus of every song, sorted. */
  public int[] ambitusValues() {
    int[] a = songs.stream().mapToInt(SongReport::ambitus).toArray();
    Arrays.sort(a);
    return a;
  }

  private long sum(java.util.function.ToIntFunction<SongReport> f) {
    return songs.stream().mapToLong(f::applyAsInt).sum();
  }
}
