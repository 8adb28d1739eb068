package dev.l2m.evaluate;

import static dev.l2m.evaluate.Xml.attributes;
import static dev.l2m.evaluate.Xml.measure;
import static dev.l2m.evaluate.Xml.note;
import static dev.l2m.evaluate.Xml.rest;
import static dev.l2m.evaluate.Xml.score;
import static dev.l2m.evaluate.Xml.sung;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.l2m.score.Syllabic;
import dev.l2m.score.TimeSignature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MusicXmlReaderTest {
  private final MusicXmlReader reader = new MusicXmlReader();

  @TempDir Path dir;

  private ScoreMelody read(String xml) {
    return reader.read(xml.getBytes(StandardCharsets.UTF_8), "test.musicxml");
  }

  @Test
  void readsNotesLyricsKeyAndMeter() {
    ScoreMelody m =
        read(
            score(
                measure(
                    1,
                    attributes(2, 1, "major", 4, 4),
                    sung("G4", 2, "single", "Hel"),
                    sung("F#4", 2, "begin", "lo,"),
                    sung("A4", 4, "end", "there"))));
    assertThat(m.title()).isEqualTo("Test");
    assertThat(m.measures()).hasSize(1);
    ScoreMeasure bar = m.measures().get(0);
    assertThat(bar.time()).isEqualTo(TimeSignature.COMMON);
    assertThat(bar.key()).isEqualTo(new WrittenKey(1, "major"));
    assertThat(bar.key().tonic()).isEqualTo(7);
    assertThat(bar.pickup()).isFalse();
    assertThat(m.notes()).extracting(ScoreNote::pitch).containsExactly(67, 66, 69);
    assertThat(m.notes()).extracting(ScoreNote::onset).containsExactly(0.0, 1.0, 2.0);
    assertThat(m.notes()).extracting(ScoreNote::duration).containsExactly(1.0, 1.0, 2.0);
    assertThat(m.notes().get(1).lyric())
        .isEqualTo(new ScoreLyric("lo,", Syllabic.BEGIN, false));
  }

  @Test
  void aShortFirstBarIsAPickupAlignedToTheNextDownbeat() {
    ScoreMelody m =
        read(
            score(
                measure(1, attributes(1, 0, null, 3, 4), sung("G4", 1, "single", "the")),
                measure(2, sung("C5", 3, "single", "sun"))));
    ScoreMeasure pickup = m.measures().get(0);
    assertThat(pickup.pickup()).isTrue();
    assertThat(pickup.filled()).isEqualTo(1.0);
    assertThat(pickup.offsetOf(0.0)).isEqualTo(2.0);
    assertThat(m.measures().get(1).start()).isEqualTo(1.0);
    assertThat(m.notes().get(1).onset()).isEqualTo(1.0);
    assertThat(m.hasPickup()).isTrue();
  }

  @Test
  void anImplicitFirstBarIsAPickupEvenWhenItLooksFull() {
    String xml =
        score(
                measure(1, attributes(1, 0, null, 2, 4), sung("G4", 2, "single", "la")),
                measure(2, sung("A4", 2, "single", "la")))
            .replaceFirst("<measure number=\"1\">", "<measure number=\"0\" implicit=\"yes\">");
    ScoreMelody m = read(xml);
    assertThat(m.measures().get(0).pickup()).isTrue();
    assertThat(m.measures().get(0).number()).isEqualTo("0");
  }

  @Test
  void aFirstBarFilledWithRestsIsNoPickup() {
    ScoreMelody m =
        read(score(measure(1, attributes(1, 0, null, 4, 4), rest(3), sung("G4", 1, "single", "by"))));
    assertThat(m.measures().get(0).pickup()).isFalse();
  }

  @Test
  void tiesAreMarkedOnTheContinuingNote() {
    ScoreMelody m =
        read(
            score(
                measure(
                    1,
                    attributes(1, 0, null, 2, 4),
                    sung("G4", 1, "single", "so"),
                    note("A4", 1, Xml.tieStart() + Xml.lyric("single", "long"))),
                measure(2, note("A4", 2, Xml.tieStop()))));
    assertThat(m.notes()).extracting(ScoreNote::tiedFromPrevious).containsExactly(false, false, true);
    assertThat(m.notes().get(2).lyric()).isNull();
    assertThat(m.notes().get(2).measure()).isEqualTo(1);
  }

  @Test
  void sixEightIsReadWithItsEighthBasedBar() {
    ScoreMelody m =
        read(
            score(
                measure(
                    1,
                    attributes(2, -1, "minor", 6, 8),
                    sung("D4", 3, "single", "row"),
                    sung("E4", 3, "single", "row"))));
    ScoreMeasure bar = m.measures().get(0);
    assertThat(bar.time()).isEqualTo(new TimeSignature(6, 8));
    assertThat(bar.nominal()).isEqualTo(3.0);
    assertThat(bar.isComplete()).isTrue();
    assertThat(bar.key().tonic()).isEqualTo(2); // one flat, minor: D minor
  }

  @Test
  void backupAndForwardKeepOnlyTheSungVoice() {
    String voice1 =
        note("C5", 2, "<voice>1</voice>" + Xml.lyric("single", "top"))
            + note("D5", 2, "<voice>1</voice>" + Xml.lyric("single", "line"));
    String voice2 =
        "<backup><duration>4</duration></backup>"
            + note("C4", 1, "<voice>2</voice>")
            + "<forward><duration>2</duration></forward>"
            + note("E4", 1, "<voice>2</voice>");
    ScoreMelody m =
        read(score(measure(1, attributes(1, 0, null, 4, 4), voice1, voice2)));
    assertThat(m.notes()).extracting(ScoreNote::pitch).containsExactly(72, 74);
    assertThat(m.notes()).extracting(ScoreNote::onset).containsExactly(0.0, 2.0);
    assertThat(m.measures().get(0).filled()).isEqualTo(4.0);
  }

  @Test
  void chordNotesAndGraceNotesAreDropped() {
    ScoreMelody m =
        read(
            score(
                measure(
                    1,
                    attributes(1, 0, null, 2, 4),
                    "<note><grace/><pitch><step>B</step><octave>4</octave></pitch></note>",
                    sung("C5", 1, "single", "one"),
                    note("E4", 1, "<chord/>"),
                    sung("D5", 1, "single", "two"))));
    assertThat(m.notes()).extracting(ScoreNote::pitch).containsExactly(72, 74);
    assertThat(m.notes()).extracting(ScoreNote::onset).containsExactly(0.0, 1.0);
    assertThat(m.measures().get(0).isComplete()).isTrue();
  }

  @Test
  void aMissingKeyLeavesTheKeyUnknown() {
    ScoreMelody m =
        read(score(measure(1, attributes(1, null, null, 2, 4), sung("C5", 2, "single", "la"))));
    assertThat(m.measures().get(0).key()).isNull();
  }

  @Test
  void aMissingTimeSignatureIsInferredFromTheBars() {
    String bar3 = "<attributes><divisions>1</divisions></attributes>";
    ScoreMelody m =
        read(
            score(
                measure(1, bar3, sung("C5", 3, "single", "one")),
                measure(2, sung("D5", 3, "single", "two")),
                measure(3, sung("C5", 3, "single", "three"))));
    assertThat(m.measures()).allSatisfy(b -> assertThat(b.time()).isEqualTo(new TimeSignature(3, 4)));
    assertThat(m.measures()).allSatisfy(b -> assertThat(b.isComplete()).isTrue());
  }

  @Test
  void divisionsAndTimeMayChangeMidSong() {
    ScoreMelody m =
        read(
            score(
                measure(1, attributes(1, 0, null, 2, 4), sung("C5", 2, "single", "a")),
                measure(
                    2,
                    "<attributes><divisions>4</divisions><time><beats>3</beats><beat-type>4</beat-type></time></attributes>",
                    sung("D5", 12, "single", "b"))));
    assertThat(m.measures().get(1).time()).isEqualTo(new TimeSignature(3, 4));
    assertThat(m.notes().get(1).duration()).isEqualTo(3.0);
    assertThat(m.notes().get(1).onset()).isEqualTo(2.0);
  }

  @Test
  void lyricVerseOneWinsOverOtherVerses() {
    String lyrics =
        "<lyric number=\"2\"><syllabic>single</syllabic><text>two</text></lyric>"
            + "<lyric number=\"1\"><syllabic>single</syllabic><text>one</text><extend/></lyric>";
    ScoreMelody m = read(score(measure(1, attributes(1, 0, null, 1, 4), note("C5", 1, lyrics))));
    assertThat(m.notes().get(0).lyric()).isEqualTo(new ScoreLyric("one", Syllabic.SINGLE, true));
  }

  @Test
  void alterationsAndOctavesGiveMidiNumbers() {
    ScoreMelody m =
        read(
            score(
                measure(
                    1,
                    attributes(1, 0, null, 3, 4),
                    note("Bb3", 1, ""),
                    note("C#4", 1, ""),
                    note("A4", 1, ""))));
    assertThat(m.notes()).extracting(ScoreNote::pitch).containsExactly(58, 61, 69);
  }

  @Test
  void readsCompressedMxlThroughItsContainer() throws IOException {
    Path mxl = dir.resolve("song.mxl");
    String xml = score(measure(1, attributes(1, 0, null, 1, 4), sung("C5", 1, "single", "hi")));
    writeZip(
        mxl,
        "META-INF/container.xml",
        "<container><rootfiles><rootfile full-path=\"scores/song.xml\"/></rootfiles></container>",
        "decoy.xml",
        "<not-a-score/>",
        "scores/song.xml",
        xml);
    ScoreMelody m = reader.read(mxl);
    assertThat(m.notes()).extracting(ScoreNote::pitch).containsExactly(72);
  }

  @Test
  void readsCompressedMxlWithoutOrWithABrokenContainer() throws IOException {
    String xml = score(measure(1, attributes(1, 0, null, 1, 4), sung("C5", 1, "single", "hi")));
    Path none = dir.resolve("none.mxl");
    writeZip(none, "META-INF/other.xml", "<x/>", "song.xml", xml);
    assertThat(reader.read(none).notes()).hasSize(1);
    Path broken = dir.resolve("broken.mxl");
    writeZip(
        broken,
        "META-INF/container.xml",
        "<container><rootfiles><rootfile full-path='I'm here.xml'/></rootfiles></container>",
        "I'm here.xml",
        xml);
    assertThat(reader.read(broken).notes()).hasSize(1);
  }

  @Test
  void readsPlainFilesFromDisk() throws IOException {
    Path file = dir.resolve("song.musicxml");
    Files.writeString(
        file, score(measure(1, attributes(1, 0, null, 1, 4), sung("C5", 1, "single", "hi"))));
    assertThat(reader.read(file).notes()).hasSize(1);
  }

  @Test
  void fractionalDivisionsKeepExactPositions() {
    ScoreMelody m =
        read(
            score(
                measure(
                    1,
                    attributes(3, 0, null, 1, 4),
                    sung("C5", 1, "single", "trip"),
                    sung("D5", 1, "single", "let"),
                    sung("E5", 1, "single", "now"))));
    assertThat(m.notes().get(2).onset()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(m.measures().get(0).isComplete()).isTrue();
  }

  static void writeZip(Path file, String... namesAndContents) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }
}
