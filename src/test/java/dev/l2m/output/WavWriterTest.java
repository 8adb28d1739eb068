package dev.l2m.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.score.Song;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavWriterTest {
  @TempDir static Path cache;

  private static byte[] wav(Song song, boolean accompaniment, int rate) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new WavWriter(new AudioSettings(null, rate, cache), accompaniment).write(song, out);
    return out.toByteArray();
  }

  @Test
  void lastsAsLongAsTheSongPlusTheReleaseTail() throws Exception {
    Song song = AudioTestSongs.amazing();
    int rate = 22_050;
    byte[] wav = wav(song, true, rate);

    double songSeconds = song.length() / 480.0 * 60.0 / song.tempo();
    double seconds = (wav.length - 44) / 4.0 / rate;
    assertThat(ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).getInt(24)).isEqualTo(rate);
    assertThat(seconds).isBetween(songSeconds, songSeconds + 1.5 + 0.001);
  }

  @Test
  void isAudibleAndTheSameEveryTime() throws Exception {
    Song song = AudioTestSongs.random(11);
    byte[] first = wav(song, true, 22_050);
    byte[] second = wav(song, true, 22_050);

    assertThat(WavRendererTest.rms(first, 0, 3, 22_050)).isGreaterThan(0.01);
    assertThat(Arrays.equals(first, second)).isTrue();
  }

  @Test
  void theAccompanimentIsHeard() throws Exception {
    Song song = AudioTestSongs.amazing();
    byte[] melody = wav(song, false, 22_050);
    byte[] both = wav(song, true, 22_050);

    assertThat(melody.length).isEqualTo(both.length);
    assertThat(WavRendererTest.rms(melody, 0, 6, 22_050)).as("the melody alone").isGreaterThan(0.01);
    assertThat(WavRendererTest.rms(both, 0, 6, 22_050))
        .isGreaterThan(WavRendererTest.rms(melody, 0, 6, 22_050));
  }

  @Test
  void isRegisteredUnderWavAndAudio() {
    SongWriters all = SongWriters.standard(true)
        .with(new WavWriter(AudioSettings.defaults(cache), true));
    assertThat(all.select("audio")).singleElement().extracting(SongWriter::extension)
        .isEqualTo("wav");
    assertThat(all.select("WAV")).hasSize(1);
  }

  /**
   * Runs a render in a fresh JVM whose home directory is empty (the first use of the
   * synthesizer, when Java's preferences directory gets created), and checks that nothing at
   * all reaches stdout or stderr and nothing is written to the home directory but Java's own
   * preferences store.
   */
  @Test
  void printsNothingOnFirstUse(@TempDir Path dir) throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path out = dir.resolve("song.wav");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java,
        "--add-exports", "java.desktop/com.sun.media.sound=ALL-UNNAMED",
        "-Djava.awt.headless=true",
        "-Duser.home=" + home,
        "-cp", System.getProperty("java.class.path"),
        RenderOnce.class.getName(), dir.resolve("cache").toString(), out.toString())
        .redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile())
        .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(Files.readString(dir.resolve("stderr"))).isZero();
    assertThat(Files.readString(dir.resolve("stdout"))).isEmpty();
    assertThat(Files.readString(dir.resolve("stderr"))).isEmpty();
    assertThat(Files.size(out)).isGreaterThan(44);
    assertThat(home.resolve(".gervill")).doesNotExist();
    try (var entries = Files.list(home)) {
      assertThat(entries.map(f -> f.getFileName().toString()).toList())
          .isSubsetOf(List.of(".java"));
    }
  }

  /** The child process of {@link #printsNothingOnFirstUse}. */
  static final class RenderOnce {
    private RenderOnce() {}

    public static void main(String[] args) throws Exception {
      Song song = AudioTestSongs.amazing();
      try (var o = Files.newOutputStream(new File(args[1]).toPath())) {
        new WavWriter(new AudioSettings(null, 22_050, Path.of(args[0])), true).write(song, o);
      }
    }
  }
}
