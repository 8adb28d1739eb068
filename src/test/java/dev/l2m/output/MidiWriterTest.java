package dev.l2m.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.score.Lyric;
import dev.l2m.score.Song;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MidiWriterTest {

  static Stream<Song> songs() {
    return TestSongs.all().stream();
  }

  private static byte[] bytes(Song song, boolean accompaniment) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new MidiWriter(accompaniment).write(song, out);
    return out.toByteArray();
  }

  private static Sequence readBack(Song song, boolean accompaniment) throws Exception {
    return MidiSystem.getSequence(new ByteArrayInputStream(bytes(song, accompaniment)));
  }

  @ParameterizedTest
  @MethodSource("songs")
  void writesOneLyricEventPerSyllableInOrder(Song song) throws Exception {
    Sequence seq = readBack(song, false);
    List<String> expected = new ArrayList<>();
    for (Lyric l : song.lyrics()) {
      expected.add(l.syllabic().continuesWord() ? l.text() + "-" : l.text());
    }

    assertThat(metaTexts(seq.getTracks()[1], 0x05)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("songs")
  void writesEveryNoteWithItsPitchAndTiming(Song song) throws Exception {
    Sequence seq = readBack(song, false);
    List<long[]> ons = new ArrayList<>();
    for (MidiEvent e : events(seq.getTracks()[1])) {
      if (e.getMessage() instanceof ShortMessage) {
        ShortMessage m = (ShortMessage) e.getMessage();
        if (m.getCommand() == ShortMessage.NOTE_ON && m.getData2() > 0) {
          ons.add(new long[] {e.getTick(), m.getData1(), m.getChannel()});
        }
      }
    }

    assertThat(ons).hasSize(song.notes().size());
    for (int i = 0; i < ons.size(); i++) {
      assertThat(ons.get(i)[0]).isEqualTo(song.notes().get(i).start());
      assertThat(ons.get(i)[1]).isEqualTo(song.notes().get(i).pitch());
      assertThat(ons.get(i)[2]).isEqualTo(MidiWriter.MELODY_CHANNEL);
    }
    assertThat(seq.getResolution()).isEqualTo(480);
    assertThat(seq.getDivisionType()).isEqualTo(Sequence.PPQ);
    assertThat(seq.getTickLength()).isEqualTo(song.length());
  }

  @Test
  void isATypeOneFileWithConductorMetaEvents() throws Exception {
    Song song = TestSongs.compoundFlats();
    byte[] data = bytes(song, false);
    Sequence seq = MidiSystem.getSequence(new ByteArrayInputStream(data));
    Track conductor = seq.getTracks()[0];

    assertThat(MidiSystem.getMidiFileFormat(new ByteArrayInputStream(data)).getType()).isEqualTo(1);
    assertThat(seq.getTracks()).hasSize(2);
    assertThat(metaTexts(conductor, 0x03)).containsExactly("Jig in B flat");
    byte[] tempo = metaData(conductor, 0x51);
    int micros = ((tempo[0] & 0xff) << 16) | ((tempo[1] & 0xff) << 8) | (tempo[2] & 0xff);
    assertThat(micros).isEqualTo(500_000);
    assertThat(metaData(conductor, 0x58)).containsExactly(6, 3, 36, 8);
    assertThat(metaData(conductor, 0x59)).containsExactly(-2, 0);
    assertThat(metaTexts(seq.getTracks()[1], 0x03)).containsExactly("Voice");
  }

  @Test
  void minorKeySignatureSaysMinor() throws Exception {
    Sequence seq = readBack(TestSongs.bassMinor(), false);

    assertThat(metaData(seq.getTracks()[0], 0x59)).containsExactly(-1, 1);
    assertThat(metaData(seq.getTracks()[0], 0x58)).containsExactly(2, 2, 24, 8);
  }

  @Test
  void pickupBarGetsItsOwnShortTimeSignatureSoBarLinesAlign() throws Exception {
    Track conductor = readBack(TestSongs.pickupWaltz(), false).getTracks()[0];
    List<String> meters = new ArrayList<>();
    for (MidiEvent e : events(conductor)) {
      if (e.getMessage() instanceof MetaMessage m && m.getType() == 0x58) {
        meters.add(e.getTick() + ":" + m.getData()[0] + "/" + (1 << m.getData()[1]));
      }
    }

    assertThat(meters).containsExactly("0:1/4", "480:3/4");
    Track tenor = readBack(TestSongs.sharpsTenor(), false).getTracks()[0];
    assertThat(metaData(tenor, 0x58)).startsWith(1, 3);
  }

  @Test
  void setsTheVoiceProgramOnTheMelodyChannel() throws Exception {
    Sequence seq = readBack(TestSongs.twinkle(), false);
    List<Integer> programs = new ArrayList<>();
    for (MidiEvent e : events(seq.getTracks()[1])) {
      if (e.getMessage() instanceof ShortMessage
          && ((ShortMessage) e.getMessage()).getCommand() == ShortMessage.PROGRAM_CHANGE) {
        programs.add(((ShortMessage) e.getMessage()).getData1());
      }
    }

    assertThat(programs).containsExactly(MidiWriter.MELODY_PROGRAM);
  }

  @Test
  void endsEachNoteBeforeTheNextStartsOnTheSameTick() throws Exception {
    Sequence seq = readBack(TestSongs.twinkle(), false);
    int sounding = 0;
    for (MidiEvent e : events(seq.getTracks()[1])) {
      if (e.getMessage() instanceof ShortMessage) {
        ShortMessage m = (ShortMessage) e.getMessage();
        if (m.getCommand() == ShortMessage.NOTE_ON && m.getData2() > 0) {
          sounding++;
        } else if (m.getCommand() == ShortMessage.NOTE_OFF
            || m.getCommand() == ShortMessage.NOTE_ON) {
          sounding--;
        }
        assertThat(sounding).isBetween(0, 1);
      }
    }
  }

  @Test
  void lyricsAreUtf8() throws Exception {
    Sequence seq = readBack(TestSongs.bassMinor(), false);

    assertThat(metaTexts(seq.getTracks()[1], 0x05)).containsExactly("Grü-", "ße", "ö", "über", "all");
    assertThat(metaTexts(seq.getTracks()[0], 0x03)).containsExactly("Tiefe Grüße");
  }

  @Test
  void addsAnAccompanimentTrackOnlyWhenAskedAndChordsExist() throws Exception {
    Song song = TestSongs.pickupWaltz();
    Sequence with = readBack(song, true);
    Song noChords = new TestSongs.Builder("bare").sing(1920, 60, "la").build();

    assertThat(with.getTracks()).hasSize(3);
    assertThat(readBack(song, false).getTracks()).hasSize(2);
    assertThat(readBack(noChords, true).getTracks()).hasSize(2);
    Track chords = with.getTracks()[2];
    assertThat(metaTexts(chords, 0x03)).containsExactly("Chords");
    List<Long> strikes = new ArrayList<>();
    for (MidiEvent e : events(chords)) {
      if (e.getMessage() instanceof ShortMessage) {
        ShortMessage m = (ShortMessage) e.getMessage();
        assertThat(m.getChannel()).isEqualTo(MidiWriter.CHORD_CHANNEL);
        if (m.getCommand() == ShortMessage.NOTE_ON && m.getData1() < 48) {
          strikes.add(e.getTick());
        }
      }
    }
    // G, C, D7: one bass note per chord, each a bar long after the one-beat pickup
    assertThat(strikes).containsExactly(480L, 1920L, 3360L);
    assertThat(MidiWriter.toSequence(song, true).getTickLength()).isEqualTo(song.length());
  }

  @Test
  void marksSectionsInTheConductorTrack() throws Exception {
    Sequence seq = readBack(TestSongs.twinkle(), false);
    List<Long> ticks = new ArrayList<>();
    for (MidiEvent e : events(seq.getTracks()[0])) {
      if (e.getMessage() instanceof MetaMessage && ((MetaMessage) e.getMessage()).getType() == 6) {
        ticks.add(e.getTick());
      }
    }

    assertThat(metaTexts(seq.getTracks()[0], 0x06)).containsExactly("Verse", "Chorus");
    assertThat(ticks).containsExactly(0L, 1920L);
  }

  @Test
  void sameSongGivesTheSameBytes() throws Exception {
    assertThat(bytes(TestSongs.pickupWaltz(), true)).isEqualTo(bytes(TestSongs.pickupWaltz(), true));
  }

  @Test
  void lyricTextFollowsTheHyphenConvention() {
    Song song = TestSongs.twinkle();

    assertThat(song.lyrics().stream().map(MidiWriter::lyricText))
        .containsExactly("Twin-", "kle", "twin-", "kle", "lit-", "tle", "star");
  }

  private static List<MidiEvent> events(Track track) {
    List<MidiEvent> out = new ArrayList<>();
    for (int i = 0; i < track.size(); i++) {
      out.add(track.get(i));
    }
    return out;
  }

  private static List<String> metaTexts(Track track, int type) {
    List<String> out = new ArrayList<>();
    for (MidiEvent e : events(track)) {
      if (e.getMessage() instanceof MetaMessage && ((MetaMessage) e.getMessage()).getType() == type) {
        out.add(new String(((MetaMessage) e.getMessage()).getData(), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static byte[] metaData(Track track, int type) {
    for (MidiEvent e : events(track)) {
      if (e.getMessage() instanceof MetaMessage && ((MetaMessage) e.getMessage()).getType() == type) {
        return ((MetaMessage) e.getMessage()).getData();
      }
    }
    throw new AssertionError("no meta event of type " + type);
  }
}
