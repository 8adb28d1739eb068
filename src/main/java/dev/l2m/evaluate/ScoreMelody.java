package dev.l2m.evaluate;

import dev.l2m.score.Lyric;
import dev.l2m.score.Note;
import dev.l2m.score.Song;
import dev.l2m.score.Ticks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The melody of a score's first part, as {@link MusicXmlReader} extracts it.
 *
 * @param title the work or movement title, or empty
 * @param measures the bars in order
 * @param notes notes and rests of the melody voice in time order
 */
public record ScoreMelody(String title, List<ScoreMeasure> measures, List<ScoreNote> notes) {
  public ScoreMelody {
    Objects.requireNonNull(title, "title");
    measures = List.copyOf(measures);
    notes = List.copyOf(notes);
  }

  /** The bar a note belongs to. */
  public ScoreMeasure measureOf(ScoreNote note) {
    return measures.get(note.measure());
  }

  /** True when the first bar is a pickup. */
  public boolean hasPickup() {
    return !measures.isEmpty() && measures.get(0).pickup();
  }

  /**
   * The melody of an l2m {@link Song}, as if it had been written to MusicXML and read back: the
   * same metrics apply without a file. Gaps between notes become rests.
   */
  public static ScoreMelody of(Song song) {
    double quarter = Ticks.PER_QUARTER;
    WrittenKey key = new WrittenKey(song.key().fifths(), song.key().mode().xmlName());
    List<ScoreMeasure> bars = new ArrayList<>();
    for (int i = 0; i < song.measureCount(); i++) {
      boolean pickup = song.pickup() > 0 && i == 0;
      long start = song.measureStart(i);
      long length = pickup ? song.pickup() : song.time().measureTicks();
      bars.add(
          new ScoreMeasure(
              i, String.valueOf(song.pickup() > 0 ? i : i + 1), start / quarter, length / quarter,
              song.time(), key, pickup));
    }
    List<ScoreNote> notes = new ArrayList<>();
    long cursor = 0;
    for (Note n : song.notes()) {
      if (n.start() > cursor) {
        notes.add(new ScoreNote(barOf(song, cursor), cursor / quarter, (n.start() - cursor) / quarter, -1, false, null));
      }
      Lyric l = n.lyric();
      ScoreLyric lyric = l == null ? null : new ScoreLyric(l.text(), l.syllabic(), false);
      notes.add(new ScoreNote(barOf(song, n.start()), n.start() / quarter, n.duration() / quarter, n.pitch(), false, lyric));
      cursor = n.end();
    }
    if (song.length() > cursor) {
      notes.add(new ScoreNote(barOf(song, cursor), cursor / quarter, (song.length() - cursor) / quarter, -1, false, null));
    }
    return new ScoreMelody(song.title(), bars, notes);
  }

  private static int barOf(Song song, long tick) {
    int bar = 0;
    for (int i = 0; i < song.measureCount(); i++) {
      if (song.measureStart(i) <= tick) {
        bar = i;
      }
    }
    return bar;
  }
}
