package dev.l2m.evaluate;

import static dev.l2m.evaluate.Xml.attributes;
import static dev.l2m.evaluate.Xml.measure;
import static dev.l2m.evaluate.Xml.score;
import static dev.l2m.evaluate.Xml.sung;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MusicXmlReaderHostileTest {
  private final MusicXmlReader reader = new MusicXmlReader();

  @TempDir Path dir;

  private static final String BODY =
      "<part-list><score-part id=\"P1\"/></part-list><part id=\"P1\"><measure number=\"1\">"
          + "<attributes><divisions>1</divisions></attributes>"
          + "<note><pitch><step>C</step><octave>4</octave></pitch><duration>1</duration>"
          + "<lyric><text>la</text></lyric></note></measure></part>";

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void externalEntitiesAreNeverResolved() throws IOException {
    Path secret = write("secret.txt", "TOP-SECRET");
    Path file =
        write(
            "xxe.musicxml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE score-partwise [<!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">]>\n<score-partwise><work><work-title>&xxe;</work-title></work>"
                + BODY
                + "</score-partwise>");
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(MusicXmlException.class)
        .hasMessageContaining("xxe.musicxml")
        .hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void anExternalDtdIsNotFetched() throws IOException {
    // the corpus files carry a public DOCTYPE; it must be skipped, not fetched or failed on
    Path file =
        write(
            "public.musicxml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE score-partwise PUBLIC '-//Recordare//DTD"
                + " MusicXML 2.0 Partwise//EN' 'http://127.0.0.1:9/partwise.dtd'>\n"
                + "<score-partwise>"
                + BODY
                + "</score-partwise>");
    assertThat(reader.read(file).notes()).hasSize(1);
  }

  @Test
  void billionLaughsIsRefused() throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE score-partwise [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">");
    }
    dtd.append("]>");
    Path file =
        write(
            "lol.musicxml",
            "<?xml version=\"1.0\"?>\n"
                + dtd
                + "<score-partwise><work><work-title>&lol9;</work-title></work>"
                + BODY
                + "</score-partwise>");
    assertThatThrownBy(() -> reader.read(file)).isInstanceOf(MusicXmlException.class);
  }

  @Test
  void notXmlGivesAOneLineError() throws IOException {
    Path file = write("notes.xml", "this is not xml at all");
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(MusicXmlException.class)
        .hasMessageStartingWith("notes.xml is not well-formed XML")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void emptyFilesAreRefused() throws IOException {
    Path file = write("empty.musicxml", "");
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(MusicXmlException.class)
        .hasMessage("empty.musicxml is empty: it holds no MusicXML.");
    assertThatThrownBy(() -> reader.read(new byte[0], "bytes"))
        .isInstanceOf(MusicXmlException.class);
  }

  @Test
  void missingFilesAndDirectoriesAreNamed() {
    assertThatThrownBy(() -> reader.read(dir.resolve("nope.mxl")))
        .isInstanceOf(MusicXmlException.class)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> reader.read(dir))
        .isInstanceOf(MusicXmlException.class)
        .hasMessageContaining("is a directory");
  }

  @Test
  void otherXmlIsNotAScore() throws IOException {
    Path file = write("page.xml", "<html><body/></html>");
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(MusicXmlException.class)
        .hasMessageContaining("not a MusicXML score");
    Path timewise = write("tw.xml", "<score-timewise/>");
    assertThatThrownBy(() -> reader.read(timewise))
        .isInstanceOf(MusicXmlException.class)
        .hasMessageContaining("timewise");
  }

  @Test
  void truncatedXmlIsRefused() throws IOException {
    String xml = score(measure(1, attributes(1, 0, null, 1, 4), sung("C5", 1, "single", "hi")));
    Path file = write("cut.musicxml", xml.substring(0, xml.length() / 2));
    assertThatThrownBy(() -> reader.read(file)).isInstanceOf(MusicXmlException.class);
  }

  @Test
  void badNumbersAreReportedPlainly() {
    String xml =
        score(measure(1, attributes(1, 0, null, 1, 4), Xml.note("C5", 1, "")))
            .replace("<duration>1</duration>", "<duration>lots</duration>");
    assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8), "n.xml"))
        .isInstanceOf(MusicXmlException.class)
        .hasMessageContaining("<duration> that is not a number");
  }

  @Test
  void durationsBeforeDivisionsAreRefused() {
    String xml = score(measure(1, Xml.note("C5", 1, "")));
    assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8), "d.xml"))
        .isInstanceOf(MusicXmlException.class)
        .hasMessageContaining("divisions");
  }

  @Test
  void zipSlipNamesAreRefused() throws IOException {
    Path mxl = dir.resolve("slip.mxl");
    zip(mxl, "../../evil.xml", new byte[] {'<', 'x', '/', '>'});
    assertThatThrownBy(() -> reader.read(mxl))
        .isInstanceOf(MusicXmlException.class)
        .hasMessageContaining("unsafe entry name");
    assertThat(MusicXmlReader.isSafeEntryName("a/../../b.xml")).isFalse();
    assertThat(MusicXmlReader.isSafeEntryName("/etc/passwd")).isFalse();
    assertThat(MusicXmlReader.isSafeEntryName("C:\\x.xml")).isFalse();
    assertThat(MusicXmlReader.isSafeEntryName("scores/song..v2.xml")).isTrue();
  }

  @Test
  void aContainerPointingOutsideIsRefused() throws IOException {
    Path mxl = dir.resolve("out.mxl");
    zip(
        mxl,
        "META-INF/container.xml",
        "<container><rootfiles><rootfile full-path=\"../song.xml\"/></rootfiles></container>"
            .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.read(mxl))
        .isInstanceOf(MusicXmlException.class)
        .hasMessageContaining("unsafe score path");
  }

  @Test
  void oversizedEntriesAreRefusedWhileInflating() throws IOException {
    MusicXmlReader small = new MusicXmlReader(new MusicXmlReader.Limits(1 << 20, 64 * 1024, 16));
    Path mxl = dir.resolve("bomb.mxl");
    byte[] zeros = new byte[4 << 20]; // compresses to a few KB
    zip(mxl, "song.xml", zeros);
    assertThat(Files.size(mxl)).isLessThan(1 << 20);
    assertThatThrownBy(() -> small.read(mxl))
        .isInstanceOf(MusicXmlException.class)
        .hasMessageContaining("unpacks to more than");
  }

  @Test
  void archivesWithTooManyEntriesAreRefused() throws IOException {
    MusicXmlReader small = new MusicXmlReader(new MusicXmlReader.Limits(1 << 20, 1 << 20, 3));
    Path mxl = dir.resolve("many.mxl");
    try (OutputStream out = Files.newOutputStream(mxl);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < 5; i++) {
        z.putNextEntry(new ZipEntry("f" + i + ".xml"));
        z.write("<x/>".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    assertThatThrownBy(() -> small.read(mxl))
        .isInstanceOf(MusicXmlException.class)
        .hasMessageContaining("too many entries");
  }

  @Test
  void largeFilesAreRefusedBeforeParsing() throws IOException {
    MusicXmlReader small = new MusicXmlReader(new MusicXmlReader.Limits(100, 100, 4));
    Path file = write("big.musicxml", "<score-partwise>" + " ".repeat(200) + "</score-partwise>");
    assertThatThrownBy(() -> small.read(file))
        .isInstanceOf(MusicXmlException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void aCorruptArchiveIsRefused() throws IOException {
    Path file = dir.resolve("corrupt.mxl");
    Files.write(file, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
    assertThatThrownBy(() -> reader.read(file)).isInstanceOf(MusicXmlException.class);
  }

  private static void zip(Path file, String name, byte[] content) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(name));
      z.write(content);
      z.closeEntry();
    }
  }
}
