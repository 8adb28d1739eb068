package dev.l2m.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.l2m.score.Key;
import dev.l2m.score.Mode;
import dev.l2m.score.Note;
import dev.l2m.score.Song;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AbcWriterTest {
  private final AbcWriter writer = new AbcWriter();

  @Test
  void writesTheExpectedTune() {
    assertThat(writer.toAbc(AudioTestSongs.amazing())).isEqualTo(String.join("\n",
        "X:1",
        "T:Amazing 100 percent \"test\"",
        "M:4/4",
        "L:1/8",
        "Q:1/4=96",
        "K:G",
        "D2 | \"G\"G2 A2 Bc d2- | \"D7\"d- \"Em\"d =f2 \"Cmaj7\"z2 ^fe |",
        "w:A ma- zing grace _ how * * sweet the o\\--",
        "\"G\"G6 z2 |]",
        "w:pen",
        ""));
  }

  @Test
  void isAlsoASongWriter() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(AudioTestSongs.amazing(), out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(writer.toAbc(AudioTestSongs.amazing()));
    assertThat(writer.format()).isEqualTo("abc");
    assertThat(writer.extension()).isEqualTo("abc");
  }

  @Test
  void namesTheModeAndTheClef() {
    Song bass = song(Key.of(2, Mode.DORIAN), Voice.BASS, new TimeSignature(6, 8), List.of(
        new Note(0, 1440, 50, null, 80)));
    String abc = writer.toAbc(bass);
    assertThat(abc).contains("K:D dor clef=bass\n").contains("M:6/8\n").contains("\nD,6 |]\n");
    assertThat(writer.toAbc(song(Key.of(6, Mode.MINOR), Voice.SOPRANO, TimeSignature.COMMON,
        List.of()))).contains("K:F#m\n").contains("z8 |]");
    assertThat(writer.toAbc(song(Key.of(10, Mode.MIXOLYDIAN), Voice.SOPRANO,
        TimeSignature.COMMON, List.of()))).contains("K:Bb mix\n");
  }

  @Test
  void writesOctavesAndLengthsRelativeToTheUnit() {
    Key c = Key.of(0, Mode.MAJOR);
    assertThat(AbcWriter.pitchName(c.spell(60))).isEqualTo("C");
    assertThat(AbcWriter.pitchName(c.spell(71))).isEqualTo("B");
    assertThat(AbcWriter.pitchName(c.spell(72))).isEqualTo("c");
    assertThat(AbcWriter.pitchName(c.spell(84))).isEqualTo("c'");
    assertThat(AbcWriter.pitchName(c.spell(48))).isEqualTo("C,");
    assertThat(AbcWriter.pitchName(c.spell(47))).isEqualTo("B,,");
    assertThat(AbcWriter.length(240)).isEqualTo("");
    assertThat(AbcWriter.length(120)).isEqualTo("/2");
    assertThat(AbcWriter.length(360)).isEqualTo("3/2");
    assertThat(AbcWriter.length(1440)).isEqualTo("6");
    assertThat(AbcWriter.length(160)).isEqualTo("2/3");
    assertThat(AbcWriter.split(1200)).containsExactly(960, 240);
    assertThat(AbcWriter.split(160)).containsExactly(120, 40);
  }

  @Test
  void writesDoubleSharpsAndPlainChordRoots() {
    Key gSharpMinor = Key.of(8, Mode.MINOR);
    assertThat(AbcWriter.accidental(2)).isEqualTo("^^");
    assertThat(AbcWriter.accidental(-2)).isEqualTo("__");
    Song song = song(gSharpMinor, Voice.SOPRANO, TimeSignature.COMMON,
        List.of(new Note(0, 960, 67, null, 80), new Note(960, 960, 67, null, 80)));
    assertThat(writer.toAbc(song)).contains("\n^^F4 ^^F4 |]\n");
    assertThat(AbcWriter.chordText(
        new dev.l2m.score.ChordSymbol(0, 480, 7, dev.l2m.score.ChordQuality.DOMINANT_SEVENTH),
        gSharpMinor)).isEqualTo("G7");
  }

  @Test
  void escapesCharactersThatMeanSomethingInLyricLines() {
    assertThat(AbcWriter.lyricText("rock-n-roll")).isEqualTo("rock\\-n\\-roll");
    assertThat(AbcWriter.lyricText("a b")).isEqualTo("a~b");
    assertThat(AbcWriter.lyricText("x_y*z|%\\")).isEqualTo("xyz");
    assertThat(AbcWriter.lyricText("__")).isEqualTo("*");
    assertThat(AbcWriter.lyricText("l'été")).isEqualTo("l'été");
  }

  @Test
  void readsBackTheHandWrittenSong() {
    assertRoundTrip(AudioTestSongs.amazing());
  }

  static List<Long> seeds() {
    List<Long> seeds = new ArrayList<>();
    for (long s = 1; s <= 40; s++) {
      seeds.add(s * 7919);
    }
    return seeds;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void readsBackRandomSongs(long seed) {
    assertRoundTrip(AudioTestSongs.random(seed));
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 17, 2024, 300922})
  void abc2midiPlaysTheSamePitchesRhythmAndLyrics(long seed, @TempDir Path dir) throws Exception {
    Path abc2midi = onPath("abc2midi");
    assumeTrue(abc2midi != null, "abc2midi is not installed (apt-get install abcmidi)");
    for (Song song : List.of(AudioTestSongs.amazing(), AudioTestSongs.random(seed))) {
      Path in = Files.writeString(dir.resolve("song.abc"), writer.toAbc(song));
      Path mid = dir.resolve("song.mid");
      Process p = new ProcessBuilder(abc2midi.toString(), in.toString(), "-o", mid.toString())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("abc2midi.log").toFile())
          .start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(mid).exists();
      Played played = play(mid.toFile());
      List<Note> expected = song.notes();
      assertThat(played.pitches())
          .as(Files.readString(in))
          .containsExactlyElementsOf(expected.stream().map(Note::pitch).toList());
      for (int i = 0; i < expected.size(); i++) {
        assertThat(played.onsets().get(i)).isCloseTo(expected.get(i).start() * played.scale(),
            org.assertj.core.data.Offset.offset(2.0));
        assertThat(played.ends().get(i)).isCloseTo(expected.get(i).end() * played.scale(),
            org.assertj.core.data.Offset.offset(2.0));
      }
      assertThat(played.syllables()).containsExactlyElementsOf(
          song.lyrics().stream().map(l -> l.text()).toList());
    }
  }

  record Played(List<Integer> pitches, List<Double> onsets, List<Double> ends,
      List<String> syllables, double scale) {}

  /** The melody notes and lyric events abc2midi wrote (its notes start one tick late). */
  private static Played play(File mid) throws Exception {
    Sequence seq = MidiSystem.getSequence(mid);
    List<Integer> pitches = new ArrayList<>();
    List<Double> onsets = new ArrayList<>();
    List<Double> ends = new ArrayList<>();
    List<String> syllables = new ArrayList<>();
    Track melody = seq.getTracks()[1];
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < melody.size(); i++) {
      MidiEvent e = melody.get(i);
      if (e.getMessage() instanceof MetaMessage m && m.getType() == 0x01) {
        String text = new String(m.getData(), StandardCharsets.UTF_8);
        if (e.getTick() > 0) {
          String syllable = text.replaceAll("^[/\\\\ ]+", "").strip();
          if (!syllable.isEmpty()) {
            syllables.add(syllable);
          }
        }
      } else if (e.getMessage() instanceof ShortMessage s && s.getChannel() == 0) {
        boolean on = s.getCommand() == ShortMessage.NOTE_ON && s.getData2() > 0;
        boolean off = s.getCommand() == ShortMessage.NOTE_OFF
            || (s.getCommand() == ShortMessage.NOTE_ON && s.getData2() == 0);
        if (on) {
          pitches.add(s.getData1());
          onsets.add((double) e.getTick() - 1);
          ends.add(-1.0);
          open.add(pitches.size() - 1);
        } else if (off) {
          for (int k = 0; k < open.size(); k++) {
            if (pitches.get(open.get(k)) == s.getData1()) {
              ends.set(open.remove(k), (double) e.getTick());
              break;
            }
          }
        }
      }
    }
    return new Played(pitches, onsets, ends, syllables, seq.getResolution() / 480.0);
  }

  private static Path onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  private void assertRoundTrip(Song song) {
    String abc = writer.toAbc(song);
    AbcReader.Tune tune = AbcReader.read(abc);

    assertThat(tune.header()).containsEntry("M", song.time().toString())
        .containsEntry("Q", "1/4=" + song.tempo())
        .containsEntry("L", "1/8");
    List<AbcReader.ReadNote> expected = song.notes().stream()
        .map(n -> new AbcReader.ReadNote(n.start(), n.duration(), n.pitch(),
            n.lyric() == null ? null : n.lyric().text(),
            n.lyric() == null ? null : n.lyric().syllabic()))
        .toList();
    assertThat(tune.notes()).as(abc).containsExactlyElementsOf(expected);
    assertThat(tune.chords()).as(abc).containsExactlyElementsOf(song.chords().stream()
        .map(c -> new AbcReader.ReadChord(c.start(), AbcWriter.chordText(c, song.key())))
        .toList());
    List<Long> bars = new ArrayList<>();
    for (int b = 1; b < song.measureCount(); b++) {
      bars.add(song.measureStart(b));
    }
    bars.add(song.length());
    assertThat(tune.barLines()).as(abc).containsExactlyElementsOf(bars);
  }

  private static Song song(Key key, Voice voice, TimeSignature time, List<Note> notes) {
    return new Song("t", key, time, 100, 0, time.measureTicks(), voice, notes, List.of(),
        List.of());
  }
}
