package dev.l2m.output;

import dev.l2m.score.ChordSymbol;
import dev.l2m.score.Key;
import dev.l2m.score.Lyric;
import dev.l2m.score.Mode;
import dev.l2m.score.Note;
import dev.l2m.score.Phrase;
import dev.l2m.score.Song;
import dev.l2m.score.Ticks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a {@link Song} as ABC notation (standard 2.1): a header with title, meter, unit length,
 * tempo and key (with its mode), then one music line per lyric phrase with chord symbols as
 * {@code "Am"} annotations and a {@code w:} line aligning one syllable to each note.
 *
 * <p>Notes that cross a bar line, or a chord change, are split and tied with {@code -}; the
 * tied continuation gets no syllable. Melisma notes get {@code _}. Accidentals are written
 * relative to the key signature and repeated when a letter was altered earlier in the bar, so
 * readers that carry accidentals by pitch letter and readers that carry them by octave agree.
 */
public final class AbcWriter implements SongWriter {
  /** The unit note length {@code L:1/8}, in ticks. */
  static final int UNIT = Ticks.PER_QUARTER / 2;

  /** Lengths written as single notes, longest first: dotted whole down to a 32nd. */
  private static final int[] WRITABLE = {
    2880, 1920, 1440, 960, 720, 480, 360, 240, 180, 120, 60
  };

  private static final String LETTERS = "CDEFGAB";

  @Override
  public String format() {
    return "abc";
  }

  @Override
  public String extension() {
    return "abc";
  }

  @Override
  public void write(Song song, OutputStream out) throws IOException {
    out.write(toAbc(song).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Returns the whole ABC tune, lines separated by {@code \n}, ending with a newline. */
  public String toAbc(Song song) {
    StringBuilder out = new StringBuilder();
    out.append("X:1\n");
    out.append("T:").append(headerText(song.title().isBlank() ? "Untitled" : song.title()))
        .append('\n');
    out.append("M:").append(song.time()).append('\n');
    out.append("L:1/8\n");
    out.append("Q:1/4=").append(song.tempo()).append('\n');
    out.append("K:").append(keyField(song)).append('\n');

    List<List<Piece>> bars = bars(song);
    TreeSet<Integer> lineStarts = lineStarts(song);
    StringBuilder music = new StringBuilder();
    StringBuilder words = new StringBuilder();
    boolean anyWords = false;
    for (int b = 0; b < bars.size(); b++) {
      if (b > 0 && lineStarts.contains(b)) {
        out.append(music.toString().stripTrailing()).append('\n');
        if (anyWords) {
          out.append("w:").append(words.toString().stripTrailing()).append('\n');
        }
        music.setLength(0);
        words.setLength(0);
        anyWords = false;
      }
      anyWords |= writeBar(song, bars.get(b), music, words);
      music.append(b == bars.size() - 1 ? " |]" : " | ");
    }
    out.append(music.toString().stripTrailing()).append('\n');
    if (anyWords) {
      out.append("w:").append(words.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** One written note or rest inside a bar. */
  private record Piece(
      long start, int ticks, Note note, boolean tiedToNext, boolean startsNote, String chord) {
    boolean isRest() {
      return note == null;
    }
  }

  /** Writes one bar's notes into {@code music} and its syllables into {@code words}. */
  private static boolean writeBar(
      Song song, List<Piece> bar, StringBuilder music, StringBuilder words) {
    Key key = song.key();
    int[] signature = signatureAlters(key);
    Map<Character, Boolean> alteredInBar = new HashMap<>();
    boolean anyWords = false;
    Piece previous = null;
    for (Piece p : bar) {
      if (previous != null && !beamed(song, previous, p)) {
        music.append(' ');
      }
      if (p.chord() != null) {
        music.append('"').append(p.chord()).append('"');
      }
      if (p.isRest()) {
        music.append('z').append(length(p.ticks()));
      } else {
        Key.Spelling s = key.spell(p.note().pitch());
        int letter = LETTERS.indexOf(s.step());
        boolean needsSign =
            s.alter() != signature[letter] || alteredInBar.getOrDefault(s.step(), false);
        if (needsSign) {
          music.append(accidental(s.alter()));
          alteredInBar.put(s.step(), true);
        }
        music.append(pitchName(s)).append(length(p.ticks()));
        if (p.tiedToNext()) {
          music.append('-');
        }
        words.append(syllableToken(p)).append(' ');
        anyWords |= p.startsNote() && p.note().lyric() != null;
      }
      previous = p;
    }
    return anyWords;
  }

  /**
   * What the {@code w:} line says under a note: the syllable (with a trailing hyphen inside a
   * word) on a note that starts one, {@code _} on a melisma note, and {@code *} under the tied
   * continuation of a split note, because ABC readers count tied notes separately.
   */
  private static String syllableToken(Piece p) {
    if (!p.startsNote()) {
      return "*";
    }
    Lyric lyric = p.note().lyric();
    if (lyric == null) {
      return "_";
    }
    String text = lyricText(lyric.text());
    return lyric.syllabic().continuesWord() ? text + "-" : text;
  }

  /** True when two adjacent short notes in the same beat are beamed (written without a space). */
  private static boolean beamed(Song song, Piece a, Piece b) {
    if (a.isRest() || b.isRest() || a.ticks() >= Ticks.PER_QUARTER
        || b.ticks() >= Ticks.PER_QUARTER || b.chord() != null) {
      return false;
    }
    int beat = song.time().beatTicks();
    return song.offsetInBar(a.start()) / beat == song.offsetInBar(b.start()) / beat;
  }

  /** A stretch of the timeline between two cuts: one note (or part of one) or a rest. */
  private record Segment(long start, int ticks, Note note, String chord) {}

  /** Splits the song into bars of pieces, cutting notes at bar lines and chord changes. */
  private static List<List<Piece>> bars(Song song) {
    TreeSet<Long> cuts = new TreeSet<>();
    for (int b = 0; b < song.measureCount(); b++) {
      cuts.add(song.measureStart(b));
    }
    cuts.add(song.length());
    Map<Long, String> chordAt = new HashMap<>();
    for (ChordSymbol c : song.chords()) {
      if (c.start() < song.length()) {
        cuts.add(c.start());
        chordAt.put(c.start(), chordText(c, song.key()));
      }
    }
    for (Note n : song.notes()) {
      cuts.add(n.start());
      cuts.add(n.end());
    }
    List<List<Segment>> segments = new ArrayList<>();
    for (int b = 0; b < song.measureCount(); b++) {
      segments.add(new ArrayList<>());
    }
    List<Note> notes = song.notes();
    int noteIndex = 0;
    long from = cuts.first();
    for (long to : cuts.tailSet(from, false)) {
      while (noteIndex < notes.size() && notes.get(noteIndex).end() <= from) {
        noteIndex++;
      }
      Note sounding =
          noteIndex < notes.size() && notes.get(noteIndex).start() <= from
              ? notes.get(noteIndex)
              : null;
      List<Segment> bar = segments.get(barIndex(song, from));
      String chord = chordAt.get(from);
      Segment last = bar.isEmpty() ? null : bar.get(bar.size() - 1);
      if (sounding == null && chord == null && last != null && last.note() == null) {
        // consecutive rests in a bar are written as one
        bar.set(bar.size() - 1,
            new Segment(last.start(), last.ticks() + (int) (to - from), null, last.chord()));
      } else {
        bar.add(new Segment(from, (int) (to - from), sounding, chord));
      }
      from = to;
    }
    List<List<Piece>> bars = new ArrayList<>();
    for (List<Segment> bar : segments) {
      List<Piece> pieces = new ArrayList<>();
      for (Segment seg : bar) {
        long at = seg.start();
        long end = seg.start() + seg.ticks();
        Note n = seg.note();
        for (int len : split(seg.ticks())) {
          boolean tied = n != null && (at + len < end || end < n.end());
          pieces.add(new Piece(at, len, n, tied, n != null && at == n.start(),
              at == seg.start() ? seg.chord() : null));
          at += len;
        }
      }
      bars.add(pieces);
    }
    return bars;
  }

  private static int barIndex(Song song, long tick) {
    int index = 0;
    for (int b = 1; b < song.measureCount(); b++) {
      if (song.measureStart(b) <= tick) {
        index = b;
      }
    }
    return index;
  }

  /** Lengths that add up to {@code ticks}, each one writable as a single (dotted) note. */
  static List<Integer> split(int ticks) {
    List<Integer> parts = new ArrayList<>();
    int left = ticks;
    while (left > 0) {
      int part = left;
      for (int w : WRITABLE) {
        if (w <= left) {
          part = w;
          break;
        }
      }
      // a remainder below a 32nd (tuplets) is written as its exact fraction of L
      parts.add(part);
      left -= part;
    }
    return parts;
  }

  /** The length suffix relative to {@code L:1/8}: "", "2", "/2", "3/2", ... */
  static String length(int ticks) {
    int g = gcd(ticks, UNIT);
    int num = ticks / g;
    int den = UNIT / g;
    if (den == 1) {
      return num == 1 ? "" : Integer.toString(num);
    }
    return (num == 1 ? "" : Integer.toString(num)) + "/" + den;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** "^" sharp, "^^" double sharp, "_" flat, "__" double flat, "=" natural. */
  static String accidental(int alter) {
    if (alter == 0) {
      return "=";
    }
    return (alter > 0 ? "^" : "_").repeat(Math.abs(alter));
  }

  /**
   * The chord symbol as an ABC annotation. A root the key spells with a double sharp (the
   * leading tone of G# minor is F##) is written as its plain enharmonic, because chord symbol
   * parsers (abc2midi's among them) read one accidental only.
   */
  static String chordText(ChordSymbol chord, Key key) {
    Key.Spelling root = key.spell(60 + chord.root());
    if (Math.abs(root.alter()) <= 1) {
      return chord.symbol(key);
    }
    String[] plain = key.prefersFlats()
        ? new String[] {"C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"}
        : new String[] {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};
    return plain[chord.root()] + chord.quality().suffix();
  }

  /** ABC pitch letters: C = middle C (C4), c = C5, c' = C6, C, = C3. */
  static String pitchName(Key.Spelling s) {
    StringBuilder b = new StringBuilder();
    if (s.octave() >= 5) {
      b.append(Character.toLowerCase(s.step()));
      b.append("'".repeat(s.octave() - 5));
    } else {
      b.append(s.step());
      b.append(",".repeat(Math.max(0, 4 - s.octave())));
    }
    return b.toString();
  }

  /** Alteration the key signature gives each letter C..B. */
  static int[] signatureAlters(Key key) {
    int[] alters = new int[7];
    for (int i = 0; i < key.fifths(); i++) {
      alters[LETTERS.indexOf("FCGDAEB".charAt(i))] = 1;
    }
    for (int i = 0; i < -key.fifths(); i++) {
      alters[LETTERS.indexOf("BEADGCF".charAt(i))] = -1;
    }
    return alters;
  }

  /** The {@code K:} value: tonic, mode and, for low voices, the bass clef. */
  static String keyField(Song song) {
    Key key = song.key();
    String clef = song.voice().usesBassClef() ? " clef=bass" : "";
    return key.tonicName() + modeSuffix(key.mode()) + clef;
  }

  private static String modeSuffix(Mode mode) {
    switch (mode) {
      case MAJOR:
        return "";
      case MINOR:
        return "m";
      case DORIAN:
        return " dor";
      case MIXOLYDIAN:
        return " mix";
      case LYDIAN:
        return " lyd";
      case PHRYGIAN:
        return " phr";
    }
    throw new IllegalArgumentException("unknown mode " + mode);
  }

  /**
   * Bars where a new music line starts: the bar of each phrase's first note, moved to the next
   * bar line that no note is tied across (abc2midi skips a tied note at the start of a line
   * when it aligns lyrics, while other readers count it).
   */
  private static TreeSet<Integer> lineStarts(Song song) {
    TreeSet<Integer> wanted = new TreeSet<>();
    for (Phrase p : song.phrases()) {
      if (p.noteCount() > 0 && p.firstNote() < song.notes().size()) {
        wanted.add(barIndex(song, song.notes().get(p.firstNote()).start()));
      }
    }
    if (wanted.isEmpty()) {
      for (int b = 0; b < song.measureCount(); b += 4) {
        wanted.add(b);
      }
    }
    TreeSet<Integer> starts = new TreeSet<>();
    for (int bar : wanted) {
      int b = bar;
      while (b < song.measureCount() && tiedAcross(song, song.measureStart(b))) {
        b++;
      }
      if (b < song.measureCount()) {
        starts.add(b);
      }
    }
    return starts;
  }

  private static boolean tiedAcross(Song song, long barLine) {
    for (Note n : song.notes()) {
      if (n.start() < barLine && n.end() > barLine) {
        return true;
      }
    }
    return false;
  }

  /**
   * A syllable as a {@code w:} token: spaces become {@code ~} (one note), a hyphen that is part
   * of the text is escaped as {@code \-}, and characters with a meaning in lyric lines
   * ({@code _ * | ~ %} and backslash) are dropped.
   */
  static String lyricText(String text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case ' ':
          b.append('~');
          break;
        case '-':
          b.append("\\-");
          break;
        case '_':
        case '*':
        case '|':
        case '~':
        case '%':
        case '\\':
        case '\n':
        case '\r':
        case '\t':
          break;
        default:
          b.append(c);
      }
    }
    return b.length() == 0 ? "*" : b.toString();
  }

  /**
   * Header text on one line. A {@code %} starts a comment and abc2midi ignores the standard's
   * {@code \\%} escape, so it is spelled out.
   */
  static String headerText(String text) {
    return text.replaceAll("[\\r\\n]+", " ").replace("\\", "").replace("%", " percent").strip();
  }
}
