package dev.l2m.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2m.score.Song;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFilesTest {

  @TempDir Path dir;

  private static OutputFiles.Target text(String ext, String content) {
    return new OutputFiles.Target(ext, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
  }

  static Stream<String> badNames() {
    return Stream.of(
        "",
        "   ",
        "a/b",
        "../song",
        "..",
        ".",
        "dir\\song",
        "so..ng",
        "bell\u0007",
        "line\nbreak",
        "tab\tname",
        "CON",
        "con",
        "Nul.txt",
        "aux.tar.gz",
        "COM1",
        "lpt9.mid",
        "PRN ",
        "song.",
        "song ",
        "x".repeat(201),
        "ü".repeat(101));
  }

  @ParameterizedTest
  @MethodSource("badNames")
  void refusesNamesThatAreNotPlainPortableFileNames(String name) {
    assertThatThrownBy(() -> OutputFiles.checkBaseName(name))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("--output-dir")
        .satisfies(
            e -> assertThat(((OutputException) e).reason()).isEqualTo(OutputException.Reason.BAD_NAME));
  }

  @Test
  void refusesNullName() {
    assertThatThrownBy(() -> OutputFiles.checkBaseName(null))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"song", "my song (2)", "Über-Lied", "a.b", "COM10", "console", "x"})
  void acceptsOrdinaryNames(String name) {
    assertThat(OutputFiles.checkBaseName(name)).isEqualTo(name);
  }

  @Test
  void acceptsAName200CharactersLong() {
    String name = "y".repeat(200);
    assertThat(OutputFiles.checkBaseName(name)).isEqualTo(name);
  }

  @Test
  void badNameWritesNothing() {
    assertThatThrownBy(() -> OutputFiles.write(dir, "../escape", List.of(text("txt", "x")), true))
        .isInstanceOf(OutputException.class);

    assertThat(dir.getParent().resolve("escape.txt")).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void writesAllTargetsAndCreatesTheDirectory() throws Exception {
    Path out = dir.resolve("new/nested");

    List<Path> written =
        OutputFiles.write(out, "song", List.of(text("mid", "M"), text("musicxml", "X")), false);

    assertThat(written).containsExactly(out.resolve("song.mid"), out.resolve("song.musicxml"));
    assertThat(out.resolve("song.mid")).hasContent("M");
    assertThat(out.resolve("song.musicxml")).hasContent("X");
    assertThat(listing(out)).containsExactlyInAnyOrder("song.mid", "song.musicxml");
  }

  @Test
  void refusesWhenAnyTargetExistsAndWritesNothing() throws Exception {
    Files.writeString(dir.resolve("song.musicxml"), "precious");

    assertThatThrownBy(
            () ->
                OutputFiles.write(
                    dir, "song", List.of(text("mid", "M"), text("musicxml", "X")), false))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("song.musicxml")
        .hasMessageContaining("--force")
        .satisfies(
            e ->
                assertThat(((OutputException) e).reason())
                    .isEqualTo(OutputException.Reason.ALREADY_EXISTS));

    assertThat(dir.resolve("song.musicxml")).hasContent("precious");
    assertThat(listing(dir)).containsExactly("song.musicxml");
  }

  @Test
  void forceReplacesExistingFilesWithCompleteNewOnes() throws Exception {
    Files.writeString(dir.resolve("song.mid"), "old");

    OutputFiles.write(dir, "song", List.of(text("mid", "new"), text("musicxml", "X")), true);

    assertThat(dir.resolve("song.mid")).hasContent("new");
    assertThat(listing(dir)).containsExactlyInAnyOrder("song.mid", "song.musicxml");
  }

  @Test
  void failingSecondWriterLeavesNothingBehind() throws Exception {
    OutputFiles.Target failing =
        new OutputFiles.Target(
            "musicxml",
            out -> {
              out.write("half".getBytes(StandardCharsets.UTF_8));
              throw new IOException("disk full");
            });

    assertThatThrownBy(() -> OutputFiles.write(dir, "song", List.of(text("mid", "M"), failing), false))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("disk full")
        .satisfies(
            e ->
                assertThat(((OutputException) e).reason())
                    .isEqualTo(OutputException.Reason.CANNOT_WRITE));

    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void writerThrowingAnUncheckedExceptionAlsoLeavesNothing() throws Exception {
    Files.writeString(dir.resolve("song.mid"), "old");
    OutputFiles.Target failing =
        new OutputFiles.Target(
            "musicxml",
            out -> {
              throw new IllegalStateException("bug");
            });

    assertThatThrownBy(() -> OutputFiles.write(dir, "song", List.of(text("mid", "M"), failing), true))
        .isInstanceOf(IllegalStateException.class);

    assertThat(listing(dir)).containsExactly("song.mid");
    assertThat(dir.resolve("song.mid")).hasContent("old");
  }

  @Test
  void writeSongUsesEachWritersExtension() throws Exception {
    Song song = TestSongs.twinkle();

    List<Path> written =
        OutputFiles.writeSong(dir, "twinkle", song, SongWriters.standard(false).all(), false);

    assertThat(written).extracting(p -> p.getFileName().toString())
        .containsExactly("twinkle.mid", "twinkle.musicxml");
    assertThat(Files.readString(dir.resolve("twinkle.musicxml"))).contains("<work-title>Twinkle");
    assertThat(Files.size(dir.resolve("twinkle.mid"))).isPositive();
  }

  @Test
  void failingSongWriterLeavesTheFirstFileOut() {
    SongWriter broken =
        new SongWriter() {
          @Override
          public String format() {
            return "broken";
          }

          @Override
          public String extension() {
            return "brk";
          }

          @Override
          public void write(Song song, OutputStream out) throws IOException {
            throw new IOException("cannot serialize");
          }
        };

    assertThatThrownBy(
            () ->
                OutputFiles.writeSong(
                    dir, "song", TestSongs.twinkle(), List.of(new MidiWriter(), broken), false))
        .isInstanceOf(OutputException.class);

    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void outputDirectoryThatIsAFileCannotBeWritten() throws Exception {
    Path file = Files.writeString(dir.resolve("plain"), "x");

    assertThatThrownBy(() -> OutputFiles.write(file, "song", List.of(text("mid", "M")), true))
        .isInstanceOf(OutputException.class)
        .satisfies(
            e ->
                assertThat(((OutputException) e).reason())
                    .isEqualTo(OutputException.Reason.CANNOT_WRITE));
  }

  @Test
  void targetThatIsADirectoryIsRefusedEvenWithForce() throws Exception {
    Files.createDirectory(dir.resolve("song.mid"));

    assertThatThrownBy(() -> OutputFiles.write(dir, "song", List.of(text("mid", "M")), true))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("folder");
  }

  @Test
  void targetPathsListsTheFilesWithoutWriting() {
    assertThat(OutputFiles.targetPaths(dir, "a", List.of("mid", "musicxml")))
        .containsExactly(dir.resolve("a.mid"), dir.resolve("a.musicxml"));
    assertThat(dir).isEmptyDirectory();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "My Song|My-Song",
        "../../etc/passwd|etc-passwd",
        "a/b\\c|a-b-c",
        "CON|CON_",
        "con.txt|con_.txt",
        "Love: \"Part\" 2?|Love-Part-2",
        "...|untitled",
        "'  '|untitled",
        "song...|song",
        "a..b|a.b",
        "Grüße  aus  Köln|Grüße-aus-Köln",
        "tab\there|tab-here",
        "-dash-|dash"
      })
  void sanitizesTitles(String title, String expected) {
    String input = title.equals("'  '") ? "  " : title.replace("\\t", "\t");
    assertThat(OutputFiles.sanitize(input)).isEqualTo(expected);
  }

  @Test
  void sanitizesEmptyAndNullToUntitled() {
    assertThat(OutputFiles.sanitize("")).isEqualTo("untitled");
    assertThat(OutputFiles.sanitize(null)).isEqualTo("untitled");
    assertThat(OutputFiles.sanitize("\u202e\u200b")).isEqualTo("untitled");
  }

  @Test
  void sanitizedOverlongTitlesFitTheLimit() {
    String s = OutputFiles.sanitize("ö".repeat(500));

    assertThat(s.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
    assertThat(OutputFiles.checkBaseName(s)).isEqualTo(s);
  }

  @Test
  void sanitizeIsIdempotentAndAlwaysGivesAValidName() {
    Random random = new Random(20261122L);
    String alphabet = "aZ9 ./\\:*?\"<>|-_.\u0000\u0007\n\tüß日本\u202e😀CONPRNLPT1";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(i % 50 == 0 ? 400 : 20);
      for (int k = 0; k < n; k++) {
        sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      String once = OutputFiles.sanitize(sb.toString());
      assertThat(OutputFiles.checkBaseName(once)).isEqualTo(once);
      assertThat(OutputFiles.sanitize(once)).isEqualTo(once);
    }
  }

  private static List<String> listing(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
