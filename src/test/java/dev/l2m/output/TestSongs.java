package dev.l2m.output;

import dev.l2m.score.ChordQuality;
import dev.l2m.score.ChordSymbol;
import dev.l2m.score.Key;
import dev.l2m.score.Lyric;
import dev.l2m.score.Mode;
import dev.l2m.score.Note;
import dev.l2m.score.Phrase;
import dev.l2m.score.Song;
import dev.l2m.score.Syllabic;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.util.ArrayList;
import java.util.List;

/** Songs built by hand for the writer tests, each exercising some notation. */
final class TestSongs {
  static final int Q = 480;
  static final int E = 240;
  static final int H = 960;

  private TestSongs() {}

  /**
   * A tiny score builder: {@code sing(duration, pitch, "beau-")} where a trailing hyphen means
   * the word goes on, a leading one that it began earlier, a final bar that the lyric line
   * ends there, and {@code null} a melisma note.
   */
  static final class Builder {
    private final String title;
    private Key key = Key.of(0, Mode.MAJOR);
    private TimeSignature time = TimeSignature.COMMON;
    private int tempo = 100;
    private int pickup;
    private Voice voice = Voice.SOPRANO;
    private long cursor;
    private final List<Note> notes = new ArrayList<>();
    private final List<ChordSymbol> chords = new ArrayList<>();
    private final List<Integer> phraseStarts = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();

    Builder(String title) {
      this.title = title;
    }

    Builder key(Key k) {
      this.key = k;
      return this;
    }

    Builder time(String t) {
      this.time = TimeSignature.parse(t);
      return this;
    }

    Builder tempo(int t) {
      this.tempo = t;
      return this;
    }

    Builder pickup(int ticks) {
      this.pickup = ticks;
      return this;
    }

    Builder voice(Voice v) {
      this.voice = v;
      return this;
    }

    Builder sing(int duration, int pitch, String syllable) {
      notes.add(new Note(cursor, duration, pitch, lyric(syllable), 90));
      cursor += duration;
      return this;
    }

    /** The next sung note starts a new lyric line in {@code section} ("" for none). */
    Builder line(String section) {
      phraseStarts.add(notes.size());
      sections.add(section);
      return this;
    }

    Builder rest(int duration) {
      cursor += duration;
      return this;
    }

    Builder chord(long start, int duration, int root, ChordQuality quality) {
      chords.add(new ChordSymbol(start, duration, root, quality));
      return this;
    }

    Song build() {
      int bar = time.measureTicks();
      long afterPickup = Math.max(0, cursor - pickup);
      long bars = Math.max(1, (afterPickup + bar - 1) / bar);
      long length = pickup + bars * bar;
      List<Phrase> phrases = new ArrayList<>();
      if (phraseStarts.isEmpty()) {
        phrases.add(new Phrase(0, 0, 0, notes.size(), ""));
      }
      for (int i = 0; i < phraseStarts.size(); i++) {
        int end = i + 1 < phraseStarts.size() ? phraseStarts.get(i + 1) : notes.size();
        phrases.add(new Phrase(0, i, phraseStarts.get(i), end - phraseStarts.get(i), sections.get(i)));
      }
      return new Song(
          title,
          key,
          time,
          tempo,
          pickup,
          length,
          voice,
          notes,
          chords,
          phrases);
    }

    private static Lyric lyric(String s) {
      if (s == null) {
        return null;
      }
      boolean lineEnd = s.endsWith("|");
      String t = lineEnd ? s.substring(0, s.length() - 1) : s;
      boolean lead = t.startsWith("-");
      boolean trail = t.endsWith("-") && t.length() > 1;
      String text = t.substring(lead ? 1 : 0, t.length() - (trail ? 1 : 0));
      Syllabic syllabic =
          lead ? (trail ? Syllabic.MIDDLE : Syllabic.END) : (trail ? Syllabic.BEGIN : Syllabic.SINGLE);
      return new Lyric(text, syllabic, lead ? 0 : 1, lineEnd);
    }
  }

  /** 4/4 in C, quarter and half notes, chords on each bar, a verse line and a chorus line. */
  static Song twinkle() {
    return new Builder("Twinkle")
        .line("Verse")
        .sing(Q, 60, "Twin-")
        .sing(Q, 60, "-kle")
        .sing(Q, 67, "twin-")
        .sing(Q, 67, "-kle|")
        .line("Chorus")
        .sing(Q, 69, "lit-")
        .sing(Q, 69, "-tle")
        .sing(H, 67, "star|")
        .chord(0, 1920, 0, ChordQuality.MAJOR)
        .chord(1920, 960, 5, ChordQuality.MAJOR)
        .chord(2880, 960, 0, ChordQuality.MAJOR)
        .build();
  }

  /** 3/4 in G with a one-beat pickup, a melisma, a tie over the bar line and an F natural. */
  static Song pickupWaltz() {
    return new Builder("Waltz & <Friends>")
        .key(Key.of(7, Mode.MAJOR))
        .time("3/4")
        .pickup(Q)
        .sing(Q, 62, "a")
        .sing(H, 67, "beau-")
        .sing(E, 69, "-ti-")
        .sing(E, 71, null)
        .sing(Q, 72, "-ful")
        .sing(H + Q + Q, 71, "day")
        .sing(Q, 65, "and")
        .sing(Q, 66, "the")
        .sing(Q, 65, "end")
        .rest(Q)
        .chord(Q, 3 * Q, 7, ChordQuality.MAJOR)
        .chord(4 * Q, 3 * Q, 0, ChordQuality.MAJOR)
        .chord(7 * Q, 3 * Q, 2, ChordQuality.DOMINANT_SEVENTH)
        .build();
  }

  /** 6/8 in Bb major, dotted values, chromatic notes, a rest inside the bar. */
  static Song compoundFlats() {
    return new Builder("Jig in B flat")
        .key(Key.parse("Bb"))
        .time("6/8")
        .tempo(120)
        .sing(3 * E, 70, "row")
        .sing(E, 72, "your")
        .sing(E, 74, "boat")
        .sing(E, 71, "gent-")
        .sing(6 * E, 75, "-ly")
        .rest(E)
        .sing(E, 66, "down")
        .sing(E, 66, "the")
        .sing(2 * E, 67, "stream")
        .sing(E, 70, null)
        .chord(0, 1440, 10, ChordQuality.MAJOR)
        .chord(1440, 1440, 3, ChordQuality.MAJOR)
        .chord(2880, 1440, 7, ChordQuality.MINOR)
        .build();
  }

  /** 4/4 in E major (four sharps) with naturals and syncopation, sung by a tenor. */
  static Song sharpsTenor() {
    return new Builder("Sharp Tenor")
        .key(Key.parse("E"))
        .voice(Voice.TENOR)
        .pickup(E)
        .sing(E, 56, "oh")
        .sing(E, 52, "sun-")
        .sing(Q, 53, "-shi-")
        .sing(E, 53, "-ning")
        .sing(Q + E, 54, "on")
        .sing(Q, 55, "me")
        .sing(H + Q, 56, "now")
        .sing(5 * E, 49, "yes")
        .chord(E, 1920, 4, ChordQuality.MAJOR)
        .chord(E + 1920, 1920, 1, ChordQuality.MINOR_SEVENTH)
        .build();
  }

  /** D minor for a bass, with a note lasting over two bars and unicode lyrics. */
  static Song bassMinor() {
    return new Builder("Tiefe Grüße")
        .key(Key.parse("Dm"))
        .voice(Voice.BASS)
        .time("2/4")
        .sing(Q, 50, "Grü-")
        .sing(Q, 53, "-ße")
        .sing(5 * Q, 45, "ö")
        .sing(Q, 49, "über")
        .sing(Q, 50, "all")
        .chord(0, 960, 2, ChordQuality.MINOR)
        .chord(960, 1920, 9, ChordQuality.DOMINANT_SEVENTH)
        .build();
  }

  /** Every song above. */
  static List<Song> all() {
    return List.of(twinkle(), pickupWaltz(), compoundFlats(), sharpsTenor(), bassMinor());
  }
}
