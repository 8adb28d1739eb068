package dev.l2m.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Soundbank;
import javax.sound.midi.Track;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavRendererTest {
  private static final int PPQ = 480;

  @TempDir static Path cache;
  private static Soundbank bank;

  @BeforeAll
  static void loadBank() {
    bank = Soundbanks.builtIn(cache);
  }

  /** Two bars of quarter notes at 100 bpm: 4.8 seconds of music. */
  static Sequence eightQuarters(int tempo) throws InvalidMidiDataException {
    Sequence seq = new Sequence(Sequence.PPQ, PPQ);
    Track track = seq.createTrack();
    int mpq = 60_000_000 / tempo;
    track.add(
        new MidiEvent(
            new MetaMessage(0x51, new byte[] {(byte) (mpq >> 16), (byte) (mpq >> 8), (byte) mpq},
                3),
            0));
    track.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, 0, 73, 0), 0));
    track.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, 1, 0, 0), 0));
    for (int i = 0; i < 8; i++) {
      track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, 67 + i % 5, 90), i * PPQ));
      track.add(
          new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, 67 + i % 5, 0), (i + 1) * PPQ));
    }
    track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 1, 48, 70), 0));
    track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 1, 48, 0), 8 * PPQ));
    return seq;
  }

  private static byte[] render(Sequence seq, int rate) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WavRenderer(bank, rate).render(seq, out);
    return out.toByteArray();
  }

  @Test
  void writesACanonicalSixteenBitStereoHeader() throws Exception {
    byte[] wav = render(eightQuarters(100), 22_050);

    ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    assertThat(b.getInt(4)).isEqualTo(wav.length - 8);
    assertThat(new String(wav, 8, 8, StandardCharsets.US_ASCII)).isEqualTo("WAVEfmt ");
    assertThat(b.getShort(20)).as("PCM").isEqualTo((short) 1);
    assertThat(b.getShort(22)).as("channels").isEqualTo((short) 2);
    assertThat(b.getInt(24)).as("sample rate").isEqualTo(22_050);
    assertThat(b.getShort(34)).as("bits").isEqualTo((short) 16);
    assertThat(new String(wav, 36, 4, StandardCharsets.US_ASCII)).isEqualTo("data");
    assertThat(b.getInt(40)).isEqualTo(wav.length - 44);
  }

  @Test
  void lastsAsLongAsTheMusicPlusTheReleaseTail() throws Exception {
    int rate = 22_050;
    byte[] wav = render(eightQuarters(100), rate);

    double seconds = (wav.length - 44) / 4.0 / rate;
    double music = 8 * 0.6;
    assertThat(seconds).isBetween(music, music + WavRenderer.RELEASE_TAIL_MICROS / 1e6 + 0.01);
    assertThat(seconds).isGreaterThan(music + 1.0);
  }

  @Test
  void followsTempoChanges() throws Exception {
    assertThat(render(eightQuarters(200), 22_050).length)
        .isLessThan(render(eightQuarters(100), 22_050).length);
  }

  @Test
  void isAudibleWhileTheMusicPlays() throws Exception {
    int rate = 22_050;
    byte[] wav = render(eightQuarters(100), rate);

    double musicRms = rms(wav, 0, 4.8, rate);
    assertThat(musicRms).as("RMS of the music, full scale = 1").isGreaterThan(0.01);
  }

  @Test
  void isSilentWithoutNotes() throws Exception {
    Sequence empty = new Sequence(Sequence.PPQ, PPQ);
    Track t = empty.createTrack();
    t.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, 0, 73, 0), 4 * PPQ));
    byte[] wav = render(empty, 22_050);
    assertThat(rms(wav, 0, 2.0, 22_050)).isLessThan(0.001);
  }

  @Test
  void givesTheSameBytesEveryTime() throws Exception {
    byte[] first = render(eightQuarters(100), 22_050);
    byte[] again = render(eightQuarters(100), 22_050);
    byte[] reloadedBank;
    {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new WavRenderer(Soundbanks.builtIn(cache), 22_050).render(eightQuarters(100), out);
      reloadedBank = out.toByteArray();
    }
    assertThat(Arrays.equals(first, again)).isTrue();
    assertThat(Arrays.equals(first, reloadedBank)).as("bank loaded again from the cache").isTrue();
    assertThat(Files.list(cache)).extracting(p -> p.getFileName().toString())
        .containsExactly(Soundbanks.BUILT_IN_FILE);
  }

  @Test
  void honoursTheProgramOfEachChannel() throws Exception {
    Sequence flute = eightQuarters(100);
    Sequence organ = eightQuarters(100);
    organ.getTracks()[0].add(
        new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, 0, 19, 0), 0));
    // the later program change on the same tick wins: channel 0 becomes a church organ
    assertThat(Arrays.equals(render(flute, 22_050), render(organ, 22_050))).isFalse();
  }

  @Test
  void rendersAMidiFileToAWavFileAtomically(@TempDir Path dir) throws Exception {
    Path mid = dir.resolve("song.mid");
    MidiSystem.write(eightQuarters(120), 1, mid.toFile());
    Path wav = dir.resolve("song.wav");

    WavRenderer.Rendering r = new WavRenderer(bank, 48_000).renderMidiFile(mid, wav);

    assertThat(r.sampleRate()).isEqualTo(48_000);
    assertThat(r.musicMicros()).isEqualTo(4_000_000L);
    assertThat(Files.size(wav)).isEqualTo(44 + r.frames() * 4);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "song.mid", "song.wav");
    }
  }

  @Test
  void playsWithAnInstalledSoundfont() throws Exception {
    Path fluid = Path.of("/usr/share/sounds/sf2/FluidR3_GM.sf2");
    assumeTrue(Files.isRegularFile(fluid), "fluid-soundfont-gm is not installed");
    WavRenderer renderer = new WavRenderer(Soundbanks.fromFile(fluid), 22_050);
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    renderer.render(eightQuarters(100), first);
    renderer.render(eightQuarters(100), second);

    assertThat(rms(first.toByteArray(), 0, 4.8, 22_050)).isGreaterThan(0.01);
    assertThat(Arrays.equals(first.toByteArray(), second.toByteArray())).isTrue();
    assertThat(Arrays.equals(first.toByteArray(), render(eightQuarters(100), 22_050)))
        .as("a different bank sounds different").isFalse();
  }

  @Test
  void explainsMissingOrBrokenInputs(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> WavRenderer.readMidi(dir.resolve("nope.mid")))
        .isInstanceOf(RenderException.class).hasMessageContaining("does not exist");
    Path junk = Files.writeString(dir.resolve("junk.mid"), "not midi");
    assertThatThrownBy(() -> WavRenderer.readMidi(junk))
        .isInstanceOf(RenderException.class).hasMessageContaining("not a readable");
    assertThatThrownBy(() -> Soundbanks.fromFile(junk))
        .isInstanceOf(RenderException.class).hasMessageContaining("could not be read");
    assertThatThrownBy(() -> new WavRenderer(bank, 1000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("22050");
  }

  /** Root mean square of both channels between two times, as a fraction of full scale. */
  static double rms(byte[] wav, double fromSeconds, double toSeconds, int rate) {
    ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    int from = 44 + (int) (fromSeconds * rate) * 4;
    int to = Math.min(wav.length, 44 + (int) (toSeconds * rate) * 4);
    double sum = 0;
    int n = 0;
    for (int i = from; i + 1 < to; i += 2) {
      double s = b.getShort(i) / 32768.0;
      sum += s * s;
      n++;
    }
    return n == 0 ? 0 : Math.sqrt(sum / n);
  }
}
