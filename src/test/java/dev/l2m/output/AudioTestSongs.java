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
import java.util.Random;

/** Songs built from the score records for the audio, ABC and JSON writer tests. */
final class AudioTestSongs {
  static final int Q = 480;

  private AudioTestSongs() {}

  private static Lyric lyric(String text, Syllabic syllabic, int stress) {
    return new Lyric(text, syllabic, stress, false);
  }

  /**
   * A two-phrase song in G major with a pickup, a melisma, a note tied over a bar line and
   * across a chord change, an F natural followed by an F sharp in the same bar, rests, and a
   * chord that starts during a rest.
   */
  static Song amazing() {
    List<Note> notes = List.of(
        new Note(0, Q, 62, lyric("A", Syllabic.SINGLE, 0), 80),
        new Note(Q, Q, 67, lyric("ma", Syllabic.BEGIN, 0), 90),
        new Note(2 * Q, Q, 69, lyric("zing", Syllabic.END, 1), 90),
        new Note(3 * Q, Q / 2, 71, lyric("grace", Syllabic.SINGLE, 1), 90),
        new Note(3 * Q + Q / 2, Q / 2, 72, null, 85),
        new Note(4 * Q, 2 * Q, 74, new Lyric("how", Syllabic.SINGLE, 1, true), 95),
        new Note(6 * Q, Q, 77, lyric("sweet", Syllabic.SINGLE, 1), 90),
        new Note(8 * Q, Q / 2, 78, lyric("the", Syllabic.SINGLE, 0), 80),
        new Note(8 * Q + Q / 2, Q / 2, 76, lyric("o-", Syllabic.BEGIN, 1), 80),
        new Note(9 * Q, 3 * Q, 67, new Lyric("pen", Syllabic.END, 0, true), 85));
    List<ChordSymbol> chords = List.of(
        new ChordSymbol(Q, 4 * Q, 7, ChordQuality.MAJOR),
        new ChordSymbol(5 * Q, Q / 2, 2, ChordQuality.DOMINANT_SEVENTH),
        new ChordSymbol(5 * Q + Q / 2, 3 * Q / 2, 4, ChordQuality.MINOR),
        new ChordSymbol(7 * Q, 2 * Q, 0, ChordQuality.MAJOR_SEVENTH),
        new ChordSymbol(9 * Q, 4 * Q, 7, ChordQuality.MAJOR));
    List<Phrase> phrases = List.of(new Phrase(0, 0, 0, 6, "Verse"), new Phrase(0, 1, 6, 4, ""));
    return new Song("Amazing 100% \"test\"", Key.of(7, Mode.MAJOR), TimeSignature.COMMON, 96,
        Q, Q + 3 * 4 * Q, Voice.SOPRANO, notes, chords, phrases);
  }

  /**
   * A random but valid song: meter, key, mode, voice, pickup, rhythm, melismas and chords all
   * drawn from {@code seed}.
   */
  static Song random(long seed) {
    Random r = new Random(seed);
    TimeSignature[] meters = {
      TimeSignature.COMMON, new TimeSignature(3, 4), new TimeSignature(2, 4),
      new TimeSignature(6, 8)
    };
    TimeSignature time = meters[r.nextInt(meters.length)];
    Mode mode = Mode.values()[r.nextInt(Mode.values().length)];
    Key key = Key.of(r.nextInt(12), mode);
    Voice voice = List.of(Voice.SOPRANO, Voice.ALTO, Voice.TENOR, Voice.BASS).get(r.nextInt(4));
    int bar = time.measureTicks();
    int pickup = r.nextBoolean() ? 0 : (1 + r.nextInt(bar / (Q / 2) - 1)) * (Q / 2);
    int bars = 2 + r.nextInt(6);
    long length = pickup + (long) bars * bar;
    int[] values = {Q / 4, Q / 2, Q / 2, Q, Q, Q, 3 * Q / 2, 2 * Q, 3 * Q};
    String[] texts = {"la", "love", "heart", "shine", "é", "night", "co", "ver", "me", "do"};
    List<Note> notes = new ArrayList<>();
    List<Phrase> phrases = new ArrayList<>();
    long t = 0;
    int phraseStart = 0;
    int wordLeft = 0;
    int wordSize = 0;
    while (true) {
      int d = values[r.nextInt(values.length)];
      if (t + d > length) {
        break;
      }
      if (r.nextInt(6) == 0) {
        t += d; // a rest
        continue;
      }
      int pitch = voice.low() + r.nextInt(voice.high() - voice.low() + 1);
      Lyric lyric = null;
      if (notes.isEmpty() || r.nextInt(8) != 0) {
        if (wordLeft == 0) {
          wordSize = 1 + r.nextInt(3);
          wordLeft = wordSize;
        }
        Syllabic syl = Syllabic.of(wordSize - wordLeft, wordSize);
        wordLeft--;
        lyric = new Lyric(texts[r.nextInt(texts.length)], syl, r.nextInt(3), false);
      }
      notes.add(new Note(t, d, pitch, lyric, 60 + r.nextInt(60)));
      t += d;
      if (wordLeft == 0 && notes.size() - phraseStart >= 4 && r.nextBoolean()) {
        phrases.add(new Phrase(0, phrases.size(), phraseStart, notes.size() - phraseStart, ""));
        phraseStart = notes.size();
      }
    }
    if (notes.size() > phraseStart) {
      phrases.add(new Phrase(0, phrases.size(), phraseStart, notes.size() - phraseStart, ""));
    }
    List<ChordSymbol> chords = new ArrayList<>();
    long c = 0;
    while (c < length) {
      int d = (int) Math.min(length - c, (1 + r.nextInt(4)) * (Q / 2));
      chords.add(new ChordSymbol(c, d, r.nextInt(12),
          ChordQuality.values()[r.nextInt(ChordQuality.values().length)]));
      c += d;
    }
    return new Song("Random " + seed, key, time, 60 + r.nextInt(100), pickup, length, voice,
        notes, chords, phrases);
  }
}
