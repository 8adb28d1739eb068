package dev.l2m.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.AnalysisSource;
import dev.l2m.score.ChordQuality;
import dev.l2m.score.ChordSymbol;
import dev.l2m.score.Key;
import dev.l2m.score.Lyric;
import dev.l2m.score.Mode;
import dev.l2m.score.Note;
import dev.l2m.score.Phrase;
import dev.l2m.score.Song;
import dev.l2m.score.Syllabic;
import dev.l2m.score.Ticks;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of a song ({@code --format json}), described by the bundled JSON Schema {@code
 * dev/l2m/output/song.schema.json}. Times are given in ticks (exact, {@value #TICKS_PER_QUARTER}
 * per quarter) and in quarter notes (for convenience). Names are lower case as in MusicXML.
 *
 * @param format always {@value #FORMAT}
 * @param version the schema version, {@value #VERSION}; readers should refuse newer majors
 * @param ticksPerQuarter always {@value #TICKS_PER_QUARTER}
 * @param analysis what the lyrics felt like, when known
 * @param seed the random seed that produced the song, when known
 */
@JsonPropertyOrder({
  "format", "version", "ticksPerQuarter", "title", "key", "time", "tempo", "pickup", "length",
  "voice", "notes", "chords", "phrases", "analysis", "seed"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SongDocument(
    String format,
    int version,
    int ticksPerQuarter,
    String title,
    KeyJson key,
    TimeJson time,
    int tempo,
    Span pickup,
    Span length,
    VoiceJson voice,
    List<NoteJson> notes,
    List<ChordJson> chords,
    List<PhraseJson> phrases,
    AnalysisJson analysis,
    Long seed) {

  public static final String FORMAT = "l2m-song";
  public static final int VERSION = 1;
  public static final int TICKS_PER_QUARTER = Ticks.PER_QUARTER;

  /** The document for {@code song}; {@code analysis} and {@code seed} may be null. */
  public static SongDocument of(Song song, Analysis analysis, Long seed) {
    Key key = song.key();
    return new SongDocument(
        FORMAT,
        VERSION,
        TICKS_PER_QUARTER,
        song.title(),
        KeyJson.of(key),
        new TimeJson(song.time().beats(), song.time().beatType(), song.time().toString()),
        song.tempo(),
        Span.of(song.pickup()),
        Span.of(song.length()),
        new VoiceJson(song.voice().name(), song.voice().low(), song.voice().high()),
        song.notes().stream().map(n -> NoteJson.of(n, key, song)).toList(),
        song.chords().stream().map(c -> ChordJson.of(c, key)).toList(),
        song.phrases().stream()
            .map(p -> new PhraseJson(p.stanza(), p.line(), p.firstNote(), p.noteCount(),
                p.section()))
            .toList(),
        analysis == null ? null : AnalysisJson.of(analysis),
        seed);
  }

  /**
   * The song this document describes (what a post-processor gets back after editing).
   *
   * @throws IllegalArgumentException when the document is of another format or version, or
   *     its values do not make a valid song
   */
  public Song toSong() {
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("not an l2m song document (format is '" + format + "')");
    }
    if (version > VERSION) {
      throw new IllegalArgumentException(
          "song document version " + version + " is newer than this l2m reads (" + VERSION
              + "); update l2m");
    }
    if (ticksPerQuarter != TICKS_PER_QUARTER) {
      throw new IllegalArgumentException("ticksPerQuarter must be " + TICKS_PER_QUARTER);
    }
    return new Song(
        title,
        key.toKey(),
        new TimeSignature(time.beats(), time.beatType()),
        tempo,
        (int) pickup.ticks(),
        length.ticks(),
        new Voice(voice.name(), voice.low(), voice.high()),
        notes.stream().map(NoteJson::toNote).toList(),
        chords.stream().map(ChordJson::toChord).toList(),
        phrases.stream()
            .map(p -> new Phrase(p.stanza(), p.line(), p.firstNote(), p.noteCount(), p.section()))
            .toList());
  }

  /** The analysis in this document, or null. */
  public Analysis toAnalysis() {
    return analysis == null ? null : analysis.toAnalysis();
  }

  /** A time or length in ticks and in quarter notes. */
  public record Span(long ticks, double quarters) {
    static Span of(long ticks) {
      return new Span(ticks, ticks / (double) Ticks.PER_QUARTER);
    }
  }

  /**
   * @param tonic the tonic as written ("F#")
   * @param tonicPitchClass 0 = C .. 11 = B
   * @param mode "major", "minor", "dorian", ...
   * @param fifths the key signature: sharps positive, flats negative
   * @param name "F# minor"
   */
  @JsonPropertyOrder({"tonic", "tonicPitchClass", "mode", "fifths", "name"})
  public record KeyJson(String tonic, int tonicPitchClass, String mode, int fifths, String name) {
    static KeyJson of(Key key) {
      return new KeyJson(key.tonicName(), key.tonic(), key.mode().xmlName(), key.fifths(),
          key.displayName());
    }

    Key toKey() {
      return new Key(tonicPitchClass, Mode.parse(mode), fifths);
    }
  }

  /** @param text "6/8" */
  @JsonPropertyOrder({"beats", "beatType", "text"})
  public record TimeJson(int beats, int beatType, String text) {}

  /** @param name "soprano", ... or "custom"; low and high are MIDI numbers */
  @JsonPropertyOrder({"name", "low", "high"})
  public record VoiceJson(String name, int low, int high) {}

  /**
   * One sung note.
   *
   * @param measure bar number, 0 being the pickup bar when there is one (else the first bar)
   * @param pitch MIDI number (middle C = 60)
   * @param pitchName as written in the key, scientific octave ("F#4", "Bb3")
   * @param lyric the syllable starting on this note, or null on a melisma continuation
   */
  @JsonPropertyOrder({
    "start", "startQuarters", "duration", "durationQuarters", "measure", "pitch", "pitchName",
    "velocity", "lyric"
  })
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record NoteJson(
      long start,
      double startQuarters,
      int duration,
      double durationQuarters,
      int measure,
      int pitch,
      String pitchName,
      int velocity,
      LyricJson lyric) {
    static NoteJson of(Note n, Key key, Song song) {
      Key.Spelling s = key.spell(n.pitch());
      return new NoteJson(
          n.start(),
          n.start() / (double) Ticks.PER_QUARTER,
          n.duration(),
          n.duration() / (double) Ticks.PER_QUARTER,
          measureOf(song, n.start()),
          n.pitch(),
          s.name() + s.octave(),
          n.velocity(),
          n.lyric() == null ? null : LyricJson.of(n.lyric()));
    }

    Note toNote() {
      return new Note(start, duration, pitch, lyric == null ? null : lyric.toLyric(), velocity);
    }
  }

  private static int measureOf(Song song, long tick) {
    long fromDownbeat = tick - song.pickup();
    int bar = (int) Math.floorDiv(fromDownbeat, (long) song.time().measureTicks());
    return song.pickup() > 0 ? bar + 1 : bar;
  }

  /**
   * @param syllabic "single", "begin", "middle" or "end"
   * @param stress 0 unstressed, 1 primary, 2 secondary
   * @param lineEnd true on the last syllable of a lyric line
   */
  @JsonPropertyOrder({"text", "syllabic", "stress", "lineEnd"})
  public record LyricJson(String text, String syllabic, int stress, boolean lineEnd) {
    static LyricJson of(Lyric l) {
      return new LyricJson(l.text(), l.syllabic().xmlName(), l.stress(), l.lineEnd());
    }

    Lyric toLyric() {
      return new Lyric(text, Syllabic.valueOf(syllabic.toUpperCase(Locale.ROOT)), stress,
          lineEnd);
    }
  }

  /**
   * @param root pitch class 0..11
   * @param rootName as written in the key ("Bb")
   * @param quality a {@link ChordQuality} name in lower case ("dominant_seventh")
   * @param symbol lead-sheet symbol ("Bb7")
   */
  @JsonPropertyOrder({
    "start", "startQuarters", "duration", "durationQuarters", "root", "rootName", "quality",
    "symbol"
  })
  public record ChordJson(
      long start,
      double startQuarters,
      int duration,
      double durationQuarters,
      int root,
      String rootName,
      String quality,
      String symbol) {
    static ChordJson of(ChordSymbol c, Key key) {
      return new ChordJson(
          c.start(),
          c.start() / (double) Ticks.PER_QUARTER,
          c.duration(),
          c.duration() / (double) Ticks.PER_QUARTER,
          c.root(),
          key.spell(60 + c.root()).name(),
          c.quality().name().toLowerCase(Locale.ROOT),
          c.symbol(key));
    }

    ChordSymbol toChord() {
      return new ChordSymbol(start, duration, root,
          ChordQuality.valueOf(quality.toUpperCase(Locale.ROOT)));
    }
  }

  /** One lyric line's notes: {@code notes[firstNote .. firstNote + noteCount - 1]}. */
  @JsonPropertyOrder({"stanza", "line", "firstNote", "noteCount", "section"})
  public record PhraseJson(int stanza, int line, int firstNote, int noteCount, String section) {}

  /**
   * The analysis of the lyrics.
   *
   * @param source "offline", "llm" or "offline-fallback"
   * @param suggestedKey null when the analyser suggested none; likewise tempo and time
   */
  @JsonPropertyOrder({
    "emotion", "valence", "arousal", "confidence", "source", "emphasis", "suggestedKey",
    "suggestedTempo", "suggestedTime", "note"
  })
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record AnalysisJson(
      String emotion,
      double valence,
      double arousal,
      double confidence,
      String source,
      List<String> emphasis,
      KeyJson suggestedKey,
      Integer suggestedTempo,
      TimeJson suggestedTime,
      String note) {
    static AnalysisJson of(Analysis a) {
      TimeSignature t = a.suggestedTime();
      return new AnalysisJson(
          a.emotion(),
          a.valence(),
          a.arousal(),
          a.confidence(),
          a.source().label(),
          a.emphasis(),
          a.suggestedKey() == null ? null : KeyJson.of(a.suggestedKey()),
          a.suggestedTempo(),
          t == null ? null : new TimeJson(t.beats(), t.beatType(), t.toString()),
          a.note());
    }

    Analysis toAnalysis() {
      AnalysisSource s = null;
      for (AnalysisSource candidate : AnalysisSource.values()) {
        if (candidate.label().equals(source)) {
          s = candidate;
        }
      }
      if (s == null) {
        throw new IllegalArgumentException("unknown analysis source '" + source + "'");
      }
      return new Analysis(
          emotion,
          valence,
          arousal,
          confidence,
          s,
          emphasis == null ? List.of() : emphasis,
          suggestedKey == null ? null : suggestedKey.toKey(),
          suggestedTempo,
          suggestedTime == null
              ? null
              : new TimeSignature(suggestedTime.beats(), suggestedTime.beatType()),
          note);
    }
  }
}
