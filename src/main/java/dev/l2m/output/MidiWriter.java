package dev.l2m.output;

import dev.l2m.score.ChordSymbol;
import dev.l2m.score.Lyric;
import dev.l2m.score.Mode;
import dev.l2m.score.Note;
import dev.l2m.score.Phrase;
import dev.l2m.score.Song;
import dev.l2m.score.Ticks;
import dev.l2m.score.TimeSignature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * Writes a song as a type 1 Standard MIDI File at {@link Ticks#PER_QUARTER} ticks per quarter:
 * a conductor track (title, tempo, time and key signature, section markers), the melody track with one lyric
 * event per sung syllable, and optionally a block-chord accompaniment track.
 *
 * <p>Lyric convention: each lyric event carries one syllable as sung, UTF-8 encoded, with a
 * hyphen appended when the word continues on the next syllable ("beau-", "ti-", "ful"), which
 * is what karaoke players join into words. Melisma continuation notes carry no lyric event.
 */
public final class MidiWriter implements SongWriter {

  /**
   * General MIDI program 54 "Voice Oohs" (0-based 53): the melody is meant to be sung, and a
   * vowel-like sustained timbre shows phrasing and note lengths the way a singer would, where a
   * piano's decay would hide long notes.
   */
  public static final int MELODY_PROGRAM = 53;

  /** General MIDI program 1 "Acoustic Grand Piano" (0-based 0): a neutral backing that decays. */
  public static final int CHORD_PROGRAM = 0;

  /** MIDI channel of the melody (0-based; shown as channel 1). */
  public static final int MELODY_CHANNEL = 0;

  /** MIDI channel of the accompaniment (0-based; shown as channel 2). */
  public static final int CHORD_CHANNEL = 1;

  private static final int META_TEXT_TRACK_NAME = 0x03;
  private static final int META_LYRIC = 0x05;
  private static final int META_MARKER = 0x06;
  private static final int META_END_OF_TRACK = 0x2F;
  private static final int META_TEMPO = 0x51;
  private static final int META_TIME_SIGNATURE = 0x58;
  private static final int META_KEY_SIGNATURE = 0x59;
  private static final int CHORD_VELOCITY = 48;
  private static final int BASS_VELOCITY = 56;

  private final boolean accompaniment;

  /** A writer for the melody alone. */
  public MidiWriter() {
    this(false);
  }

  /** A writer that adds the accompaniment track when {@code accompaniment} and chords exist. */
  public MidiWriter(boolean accompaniment) {
    this.accompaniment = accompaniment;
  }

  @Override
  public String format() {
    return "midi";
  }

  @Override
  public List<String> aliases() {
    return List.of("mid", "smf");
  }

  @Override
  public String extension() {
    return "mid";
  }

  @Override
  public void write(Song song, OutputStream out) throws IOException {
    MidiSystem.write(toSequence(song, accompaniment), 1, out);
    out.flush();
  }

  /**
   * The song as a MIDI sequence (also what the audio renderer plays). Track 0 is the conductor
   * track, track 1 the melody, track 2 the accompaniment when {@code accompaniment} is true and
   * the song has chords. Every track ends at the song's length, so trailing rests are kept.
   */
  public static Sequence toSequence(Song song, boolean accompaniment) {
    try {
      Sequence sequence = new Sequence(Sequence.PPQ, Ticks.PER_QUARTER);
      conductor(sequence.createTrack(), song);
      melody(sequence.createTrack(), song);
      if (accompaniment && !song.chords().isEmpty()) {
        chords(sequence.createTrack(), song);
      }
      for (Track track : sequence.getTracks()) {
        track.add(new MidiEvent(new MetaMessage(META_END_OF_TRACK, new byte[0], 0), song.length()));
      }
      return sequence;
    } catch (InvalidMidiDataException e) {
      // every message is built from validated score values; reaching this is a bug
      throw new IllegalStateException("could not build the MIDI sequence: " + e.getMessage(), e);
    }
  }

  private static void conductor(Track track, Song song) throws InvalidMidiDataException {
    add(track, 0, text(META_TEXT_TRACK_NAME, song.title()));
    int microsPerQuarter = Math.round(60_000_000f / song.tempo());
    add(
        track,
        0,
        meta(
            META_TEMPO,
            new byte[] {
              (byte) (microsPerQuarter >> 16), (byte) (microsPerQuarter >> 8), (byte) microsPerQuarter
            }));
    TimeSignature time = song.time();
    int clocksPerClick = 24 * 4 / time.beatType() * (time.isCompound() ? 3 : 1);
    long meterStart = 0;
    int pickupUnit = pickupBeatType(song.pickup(), time.beatType());
    if (pickupUnit > 0) {
      // a short opening bar (1/4 before 3/4) keeps the MIDI bar lines where the score has them
      int beats = song.pickup() * pickupUnit / (4 * Ticks.PER_QUARTER);
      add(track, 0, timeSignature(beats, pickupUnit, clocksPerClick));
      meterStart = song.pickup();
    }
    add(track, meterStart, timeSignature(time.beats(), time.beatType(), clocksPerClick));
    // MIDI knows only major and minor; other modes keep their written signature
    byte minor = (byte) (song.key().mode() == Mode.MINOR ? 1 : 0);
    add(track, 0, meta(META_KEY_SIGNATURE, new byte[] {(byte) song.key().fifths(), minor}));
    // section labels ("Chorus") as markers, so players and editors can jump to them
    String previous = "";
    for (Phrase p : song.phrases()) {
      if (!p.section().isEmpty()
          && !p.section().equals(previous)
          && p.firstNote() < song.notes().size()) {
        add(track, song.notes().get(p.firstNote()).start(), text(META_MARKER, p.section()));
      }
      previous = p.section();
    }
  }

  /**
   * The smallest note value (4, 8, 16 or 32, not shorter than the meter's own) that counts the
   * pickup bar in whole beats, or 0 when there is no pickup or it cannot be written so.
   */
  private static int pickupBeatType(int pickup, int beatType) {
    if (pickup <= 0) {
      return 0;
    }
    for (int unit = beatType; unit <= 32; unit *= 2) {
      if ((long) pickup * unit % (4 * Ticks.PER_QUARTER) == 0) {
        int beats = pickup * unit / (4 * Ticks.PER_QUARTER);
        return beats <= 127 ? unit : 0;
      }
    }
    return 0;
  }

  private static MetaMessage timeSignature(int beats, int beatType, int clocksPerClick)
      throws InvalidMidiDataException {
    return meta(
        META_TIME_SIGNATURE,
        new byte[] {
          (byte) beats, (byte) Integer.numberOfTrailingZeros(beatType), (byte) clocksPerClick, 8
        });
  }

  private static void melody(Track track, Song song) throws InvalidMidiDataException {
    add(track, 0, text(META_TEXT_TRACK_NAME, "Voice"));
    add(track, 0, new ShortMessage(ShortMessage.PROGRAM_CHANGE, MELODY_CHANNEL, MELODY_PROGRAM, 0));
    for (Note note : song.notes()) {
      Lyric lyric = note.lyric();
      if (lyric != null) {
        add(track, note.start(), text(META_LYRIC, lyricText(lyric)));
      }
      add(
          track,
          note.start(),
          new ShortMessage(ShortMessage.NOTE_ON, MELODY_CHANNEL, note.pitch(), note.velocity()));
      add(
          track,
          note.end(),
          new ShortMessage(ShortMessage.NOTE_OFF, MELODY_CHANNEL, note.pitch(), 64));
    }
  }

  /** The text of a lyric event: the syllable, and a hyphen when the word goes on. */
  public static String lyricText(Lyric lyric) {
    return lyric.syllabic().continuesWord() ? lyric.text() + "-" : lyric.text();
  }

  /**
   * Block chords: the root in the bass octave (C2..B2) and the chord tones closely voiced from
   * E3 up, struck at each chord change and again at each bar line while the chord lasts.
   */
  private static void chords(Track track, Song song) throws InvalidMidiDataException {
    add(track, 0, text(META_TEXT_TRACK_NAME, "Chords"));
    add(track, 0, new ShortMessage(ShortMessage.PROGRAM_CHANGE, CHORD_CHANNEL, CHORD_PROGRAM, 0));
    int bar = song.time().measureTicks();
    for (ChordSymbol chord : song.chords()) {
      long from = chord.start();
      long end = Math.min(chord.start() + chord.duration(), song.length());
      while (from < end) {
        long nextBar = from + (bar - song.offsetInBar(from));
        long to = Math.min(end, nextBar);
        strike(track, chord, from, to);
        from = to;
      }
    }
  }

  private static void strike(Track track, ChordSymbol chord, long from, long to)
      throws InvalidMidiDataException {
    int bass = 36 + chord.root();
    add(track, from, new ShortMessage(ShortMessage.NOTE_ON, CHORD_CHANNEL, bass, BASS_VELOCITY));
    int[] tones = chord.pitchClasses();
    for (int pc : tones) {
      int pitch = 52 + Math.floorMod(pc - 4, 12);
      add(track, from, new ShortMessage(ShortMessage.NOTE_ON, CHORD_CHANNEL, pitch, CHORD_VELOCITY));
    }
    add(track, to, new ShortMessage(ShortMessage.NOTE_OFF, CHORD_CHANNEL, bass, 64));
    for (int pc : tones) {
      int pitch = 52 + Math.floorMod(pc - 4, 12);
      add(track, to, new ShortMessage(ShortMessage.NOTE_OFF, CHORD_CHANNEL, pitch, 64));
    }
  }

  private static MetaMessage text(int type, String text) throws InvalidMidiDataException {
    return meta(type, text.getBytes(StandardCharsets.UTF_8));
  }

  private static MetaMessage meta(int type, byte[] data) throws InvalidMidiDataException {
    return new MetaMessage(type, data, data.length);
  }

  private static void add(Track track, long tick, MidiMessage message) {
    // Track keeps events with equal ticks in insertion order, so a note's off event always
    // precedes the next note's on event at the same tick
    track.add(new MidiEvent(message, tick));
  }
}
