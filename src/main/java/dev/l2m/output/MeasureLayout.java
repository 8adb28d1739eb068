package dev.l2m.output;

import dev.l2m.score.ChordSymbol;
import dev.l2m.score.Lyric;
import dev.l2m.score.Note;
import dev.l2m.score.Song;
import dev.l2m.score.Ticks;
import dev.l2m.score.TimeSignature;
import java.util.ArrayList;
import java.util.List;

/**
 * How a song's notes are written bar by bar: every gap becomes rests, every note is cut at bar
 * lines and into notatable values (tied together), so each bar adds up exactly. Notation writers
 * (MusicXML, ABC) share it so they agree on what is written.
 *
 * <p>Values are chosen greedily, longest first, under two readability rules. A value starts on
 * a multiple of half its undotted length (a quarter may start on any eighth) or, in compound
 * meters, fills whole beats from a beat. In four-beat simple meters the middle of the bar stays
 * visible unless the value starts on a beat; in compound meters a value crossing a beat must
 * start and end on beats (a dotted half, never a plain half). Rests are stricter still: no
 * dots except whole compound beats, each on a multiple of its own length, never across a
 * compound beat or the middle of a four-beat bar. Lengths off the 32nd-note grid (tuplets)
 * are kept exact as one piece without a written value.
 */
public final class MeasureLayout {

  private final Song song;
  private final List<Measure> measures;
  private final int ticksPerDivision;

  private MeasureLayout(Song song, List<Measure> measures, int ticksPerDivision) {
    this.song = song;
    this.measures = measures;
    this.ticksPerDivision = ticksPerDivision;
  }

  /** Lays out {@code song}; pure and deterministic. */
  public static MeasureLayout of(Song song) {
    List<Note> notes = song.notes();
    List<Measure> measures = new ArrayList<>();
    int noteIndex = 0;
    int gcd = Ticks.PER_QUARTER;
    for (int m = 0; m < song.measureCount(); m++) {
      long start = song.measureStart(m);
      long end = m + 1 < song.measureCount() ? song.measureStart(m + 1) : song.length();
      int length = (int) (end - start);
      boolean implicit = song.pickup() > 0 && m == 0;
      int number = song.pickup() > 0 ? m : m + 1;
      List<Event> events = new ArrayList<>();
      // a note that started in an earlier bar and is still sounding is continued first
      while (noteIndex < notes.size() && notes.get(noteIndex).end() <= start) {
        noteIndex++;
      }
      long cursor = start;
      int i = noteIndex;
      while (i < notes.size() && notes.get(i).start() < end) {
        Note note = notes.get(i);
        long from = Math.max(note.start(), start);
        if (from > cursor) {
          addPieces(song, events, null, cursor, from, false, false);
        }
        long to = Math.min(note.end(), end);
        addPieces(song, events, note, from, to, note.start() < from, note.end() > to);
        cursor = to;
        i++;
      }
      if (cursor < end) {
        if (cursor == start && !implicit) {
          events.add(new Event(start, length, null, null, false, false, true));
        } else {
          addPieces(song, events, null, cursor, end, false, false);
        }
      }
      List<ChordSymbol> chords = new ArrayList<>();
      for (ChordSymbol c : song.chords()) {
        if (c.start() >= start && c.start() < end) {
          chords.add(c);
          gcd = gcd(gcd, c.start());
        }
      }
      for (Event e : events) {
        gcd = gcd(gcd, e.start());
        gcd = gcd(gcd, e.duration());
      }
      gcd = gcd(gcd, length);
      measures.add(new Measure(number, start, length, implicit, events, chords));
    }
    return new MeasureLayout(song, List.copyOf(measures), gcd);
  }

  /** The song laid out. */
  public Song song() {
    return song;
  }

  /** The bars in order; the pickup bar, if any, first. */
  public List<Measure> measures() {
    return measures;
  }

  /**
   * The smallest MusicXML {@code <divisions>} (per quarter note) that expresses every onset and
   * duration of the layout exactly.
   */
  public int divisions() {
    return Ticks.PER_QUARTER / ticksPerDivision;
  }

  /** {@code ticks} converted to divisions (exact by construction). */
  public int toDivisions(long ticks) {
    return Math.toIntExact(ticks / ticksPerDivision);
  }

  /** Adds one tied chain of notatable pieces covering [from, to) of {@code note} (or a rest). */
  private static void addPieces(
      Song song, List<Event> events, Note note, long from, long to, boolean tiedIn, boolean tiedOut) {
    List<int[]> pieces =
        split(song.time(), song.offsetInBar(from), (int) (to - from), note == null);
    long at = from;
    for (int p = 0; p < pieces.size(); p++) {
      int[] piece = pieces.get(p);
      int length = piece[0];
      NoteValue value = piece[1] < 0 ? null : NoteValue.ALL.get(piece[1]);
      boolean first = p == 0;
      boolean last = p == pieces.size() - 1;
      boolean tieStop = note != null && (!first || tiedIn);
      boolean tieStart = note != null && (!last || tiedOut);
      Event e = new Event(at, length, note, value, tieStop, tieStart, false);
      events.add(e);
      at += length;
    }
  }

  /** How strictly a value must respect the meter; each split tries them in this order. */
  private enum Rule {
    /** Rests: undotted and on their own grid, except whole dotted beats in compound meters. */
    REST,
    /** Aligned to half the value and keeping the beats readable. */
    READABLE,
    /** Aligned only. */
    ALIGNED,
    /** Anything that fits. */
    ANY
  }

  private static final List<Rule> NOTE_RULES = List.of(Rule.READABLE, Rule.ALIGNED, Rule.ANY);
  private static final List<Rule> REST_RULES =
      List.of(Rule.REST, Rule.READABLE, Rule.ALIGNED, Rule.ANY);

  /**
   * Cuts {@code length} ticks starting {@code position} ticks after a bar line into notatable
   * values. Each element is {length, index into NoteValue.ALL or -1 when no value fits}. Rests
   * follow stricter rules than notes (no syncopated or dotted rests in simple meters).
   */
  static List<int[]> split(TimeSignature time, int position, int length, boolean rest) {
    List<int[]> out = new ArrayList<>();
    int grid = Ticks.PER_QUARTER / 8;
    if (position % grid != 0 || length % grid != 0) {
      // off the 32nd-note grid (tuplets): one untyped piece keeps durations exact without
      // inventing finer subdivisions
      out.add(new int[] {length, -1});
      return out;
    }
    int pos = position;
    int remaining = length;
    while (remaining > 0) {
      int choice = -1;
      for (Rule rule : rest ? REST_RULES : NOTE_RULES) {
        choice = choose(time, pos, remaining, rule);
        if (choice >= 0) {
          break;
        }
      }
      if (choice < 0) {
        // cannot happen on the 32nd grid, kept so the layout always sums exactly
        out.add(new int[] {remaining, -1});
        break;
      }
      int ticks = NoteValue.ALL.get(choice).ticks();
      out.add(new int[] {ticks, choice});
      pos += ticks;
      remaining -= ticks;
    }
    return out;
  }

  private static int choose(TimeSignature time, int pos, int remaining, Rule rule) {
    for (int i = 0; i < NoteValue.ALL.size(); i++) {
      NoteValue v = NoteValue.ALL.get(i);
      int ticks = v.ticks();
      if (ticks > remaining) {
        continue;
      }
      boolean wholeBeats =
          time.isCompound() && pos % time.beatTicks() == 0 && ticks % time.beatTicks() == 0;
      if (rule == Rule.REST) {
        boolean beatRest = wholeBeats && !crossesHalfBar(time, pos, ticks);
        boolean plainRest =
            v.dots() == 0 && pos % v.baseTicks() == 0 && !crossesAnyBeatGroup(time, pos, ticks);
        if (beatRest || plainRest) {
          return i;
        }
        continue;
      }
      if (rule != Rule.ANY
          && !wholeBeats
          && pos % Math.max(Ticks.PER_QUARTER / 8, v.baseTicks() / 2) != 0) {
        continue;
      }
      if (rule == Rule.READABLE && hidesBeat(time, pos, ticks)) {
        continue;
      }
      return i;
    }
    return -1;
  }

  /** True when a value shorter than the bar crosses the middle of a four-beat bar. */
  private static boolean crossesHalfBar(TimeSignature time, int pos, int ticks) {
    if (time.feltBeats() != 4 || ticks >= time.measureTicks()) {
      return false;
    }
    int half = time.measureTicks() / 2;
    return Math.floorDiv(pos, half) != Math.floorDiv(pos + ticks - 1, half);
  }

  /** For rests: true when the value crosses a compound beat or the middle of a 4-beat bar. */
  private static boolean crossesAnyBeatGroup(TimeSignature time, int pos, int ticks) {
    int unit;
    if (time.isCompound()) {
      unit = time.beatTicks();
    } else if (time.feltBeats() == 4) {
      unit = time.measureTicks() / 2;
    } else {
      return false;
    }
    return Math.floorDiv(pos, unit) != Math.floorDiv(pos + ticks - 1, unit);
  }

  private static boolean hidesBeat(TimeSignature time, int pos, int ticks) {
    int beat = time.beatTicks();
    if (time.isCompound()) {
      // a value spanning dotted-quarter beats must fill whole beats (dotted half, not half)
      boolean crosses = Math.floorDiv(pos, beat) != Math.floorDiv(pos + ticks - 1, beat);
      return crosses && (pos % beat != 0 || (pos + ticks) % beat != 0);
    }
    if (time.feltBeats() == 4) {
      int half = time.measureTicks() / 2;
      boolean crosses = Math.floorDiv(pos, half) != Math.floorDiv(pos + ticks - 1, half);
      return crosses && pos % beat != 0;
    }
    return false;
  }

  private static int gcd(long a, long b) {
    long x = Math.abs(a);
    long y = Math.abs(b);
    while (y != 0) {
      long t = x % y;
      x = y;
      y = t;
    }
    return (int) x;
  }

  /**
   * One bar as written.
   *
   * @param number the bar number shown (0 for a pickup bar, then 1, 2, ...)
   * @param start tick of its bar line
   * @param length its length in ticks (shorter than a full bar only for the pickup)
   * @param implicit true for the pickup bar, which does not count as a bar
   * @param events notes and rests in time order, filling the bar exactly
   * @param chords chord symbols starting inside this bar
   */
  public record Measure(
      int number,
      long start,
      int length,
      boolean implicit,
      List<Event> events,
      List<ChordSymbol> chords) {
    public Measure {
      events = List.copyOf(events);
      chords = List.copyOf(chords);
    }

    /** Tick just after the bar. */
    public long end() {
      return start + length;
    }
  }

  /**
   * A written note or rest.
   *
   * @param start onset tick
   * @param duration length in ticks
   * @param note the sung note this piece belongs to, or {@code null} for a rest
   * @param value the written value, or {@code null} for a whole-bar rest or a length no plain
   *     value expresses
   * @param tieStop true when tied from the previous piece of the same note
   * @param tieStart true when tied to the next piece of the same note
   * @param wholeMeasureRest true for a rest filling a whole (non-pickup) bar
   */
  public record Event(
      long start,
      int duration,
      Note note,
      NoteValue value,
      boolean tieStop,
      boolean tieStart,
      boolean wholeMeasureRest) {

    /** True for a rest. */
    public boolean isRest() {
      return note == null;
    }

    /** True for the piece on which the note is struck (not a tied continuation). */
    public boolean isAttack() {
      return note != null && !tieStop;
    }

    /** The syllable to print under this piece: only on the attack of a note that has one. */
    public Lyric lyric() {
      return isAttack() ? note.lyric() : null;
    }

    /** Tick just after the piece. */
    public long end() {
      return start + duration;
    }
  }
}
