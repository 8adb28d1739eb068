package dev.l2m.output;

import static dev.l2m.output.MusicXmlSupport.all;
import static dev.l2m.output.MusicXmlSupport.child;
import static dev.l2m.output.MusicXmlSupport.childText;
import static dev.l2m.output.MusicXmlSupport.children;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.score.Key;
import dev.l2m.score.Mode;
import dev.l2m.score.Song;
import dev.l2m.score.Voice;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class MusicXmlWriterTest {

  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    schema = MusicXmlSupport.schema();
  }

  static Stream<Song> songs() {
    return TestSongs.all().stream();
  }

  @ParameterizedTest
  @MethodSource("songs")
  void writesFilesValidAgainstTheMusicXml40Schema(Song song) throws Exception {
    byte[] xml = MusicXmlSupport.write(song);

    assertThat(MusicXmlSupport.validate(schema, xml)).isEmpty();
  }

  @Test
  void schemaCheckRejectsAnInvalidDocument() throws Exception {
    String broken =
        new String(MusicXmlSupport.write(TestSongs.twinkle()), StandardCharsets.UTF_8)
            .replace("<step>C</step>", "<step>H</step>");

    assertThat(MusicXmlSupport.validate(schema, broken.getBytes(StandardCharsets.UTF_8)))
        .isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("songs")
  void everyMeasureButThePickupFillsItsBar(Song song) throws Exception {
    Document doc = MusicXmlSupport.parse(MusicXmlSupport.write(song));
    int divisions = Integer.parseInt(all(doc, "divisions").get(0).getTextContent());
    int barDivisions = song.time().beats() * divisions * 4 / song.time().beatType();

    for (Element measure : all(doc, "measure")) {
      int sum = 0;
      for (Element note : children(measure, "note")) {
        sum += Integer.parseInt(childText(note, "duration"));
      }
      if ("yes".equals(measure.getAttribute("implicit"))) {
        assertThat(sum).isEqualTo(song.pickup() * divisions / 480);
      } else {
        assertThat(sum).as("measure %s", measure.getAttribute("number")).isEqualTo(barDivisions);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("songs")
  void lyricsRebuildTheSungWords(Song song) throws Exception {
    Document doc = MusicXmlSupport.parse(MusicXmlSupport.write(song));

    assertThat(wordsFromXml(doc)).isEqualTo(wordsFromSong(song));
    assertThat(all(doc, "lyric")).hasSize(song.lyrics().size());
  }

  @ParameterizedTest
  @MethodSource("songs")
  void soundingLengthOfEveryNoteIsKept(Song song) throws Exception {
    Document doc = MusicXmlSupport.parse(MusicXmlSupport.write(song));
    int divisions = Integer.parseInt(all(doc, "divisions").get(0).getTextContent());
    List<Integer> lengths = new ArrayList<>();
    for (Element note : all(doc, "note")) {
      if (child(note, "rest") != null) {
        continue;
      }
      int d = Integer.parseInt(childText(note, "duration")) * 480 / divisions;
      boolean continues =
          children(note, "tie").stream().anyMatch(t -> t.getAttribute("type").equals("stop"));
      if (continues) {
        lengths.set(lengths.size() - 1, lengths.get(lengths.size() - 1) + d);
      } else {
        lengths.add(d);
      }
    }

    assertThat(lengths)
        .isEqualTo(song.notes().stream().map(dev.l2m.score.Note::duration).toList());
  }

  @Test
  void writesHeaderPartAndFinalBarline() throws Exception {
    String text = new String(MusicXmlSupport.write(TestSongs.twinkle()), StandardCharsets.UTF_8);
    Document doc = MusicXmlSupport.parse(text.getBytes(StandardCharsets.UTF_8));

    assertThat(text)
        .contains("<!DOCTYPE score-partwise PUBLIC \"-//Recordare//DTD MusicXML 4.0 Partwise//EN\"");
    assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("4.0");
    assertThat(all(doc, "work-title").get(0).getTextContent()).isEqualTo("Twinkle");
    assertThat(all(doc, "software").get(0).getTextContent()).isEqualTo("l2m");
    assertThat(all(doc, "part-name").get(0).getTextContent()).isEqualTo("Voice");
    assertThat(all(doc, "sound").get(0).getAttribute("tempo")).isEqualTo("100");
    assertThat(all(doc, "per-minute").get(0).getTextContent()).isEqualTo("100");
    assertThat(all(doc, "fifths").get(0).getTextContent()).isEqualTo("0");
    assertThat(all(doc, "mode").get(0).getTextContent()).isEqualTo("major");
    List<Element> bars = all(doc, "bar-style");
    assertThat(bars).hasSize(1);
    assertThat(bars.get(0).getTextContent()).isEqualTo("light-heavy");
    List<Element> measures = all(doc, "measure");
    assertThat(measures.get(measures.size() - 1).getElementsByTagName("barline").getLength())
        .isEqualTo(1);
    assertThat(measures.get(0).getAttribute("number")).isEqualTo("1");
  }

  @Test
  void pickupBarIsNumberedZeroAndImplicit() throws Exception {
    Document doc = MusicXmlSupport.parse(MusicXmlSupport.write(TestSongs.pickupWaltz()));
    List<Element> measures = all(doc, "measure");

    assertThat(measures.get(0).getAttribute("number")).isEqualTo("0");
    assertThat(measures.get(0).getAttribute("implicit")).isEqualTo("yes");
    assertThat(measures.get(1).getAttribute("number")).isEqualTo("1");
    assertThat(measures.get(1).hasAttribute("implicit")).isFalse();
    assertThat(all(doc, "beats").get(0).getTextContent()).isEqualTo("3");
  }

  @Test
  void spellsPitchesInTheKeyAndMarksAccidentalsOncePerBar() throws Exception {
    // E major: F natural twice in one bar, F sharp restored, G natural tied over the bar line
    Document doc = MusicXmlSupport.parse(MusicXmlSupport.write(TestSongs.sharpsTenor()));
    List<String> written = new ArrayList<>();
    for (Element note : all(doc, "note")) {
      Element pitch = child(note, "pitch");
      if (pitch == null) {
        continue;
      }
      String alter = childText(pitch, "alter");
      String acc = childText(note, "accidental");
      written.add(
          childText(pitch, "step")
              + (alter == null ? "" : alter)
              + childText(pitch, "octave")
              + (acc == null ? "" : "(" + acc + ")"));
    }

    assertThat(written)
        .startsWith(
            "G13", "E3", "F3(natural)", "F3", "F13(sharp)", "G3(natural)", "G3", "G13", "G13")
        .contains("C13");
    assertThat(all(doc, "fifths").get(0).getTextContent()).isEqualTo("4");
  }

  @Test
  void flatKeySpellsChromaticNotesWithFlatsAndRestoresNaturals() throws Exception {
    Document doc = MusicXmlSupport.parse(MusicXmlSupport.write(TestSongs.compoundFlats()));
    List<String> accidentals = new ArrayList<>();
    for (Element note : all(doc, "note")) {
      Element pitch = child(note, "pitch");
      String acc = childText(note, "accidental");
      if (pitch != null && acc != null) {
        accidentals.add(childText(pitch, "step") + ":" + acc);
      }
    }

    // B natural in bar 1; G flat, then G natural in bar 3
    assertThat(accidentals).containsExactly("B:natural", "G:flat", "G:natural");
    assertThat(all(doc, "fifths").get(0).getTextContent()).isEqualTo("-2");
    assertThat(all(doc, "beat-unit-dot")).hasSize(1);
  }

  @Test
  void tiesNotesOverBarLinesAndKeepsTheLyricOnTheFirst() throws Exception {
    Document doc = MusicXmlSupport.parse(MusicXmlSupport.write(TestSongs.bassMinor()));
    List<Element> notes = all(doc, "note");
    // "ö" lasts five quarters from beat 1 of bar 2 in 2/4: half, half, quarter
    List<Element> chain = notes.subList(2, 5);

    assertThat(chain).extracting(n -> childText(n, "type")).containsExactly("half", "half", "quarter");
    assertThat(ties(chain.get(0))).containsExactly("start");
    assertThat(ties(chain.get(1))).containsExactly("stop", "start");
    assertThat(ties(chain.get(2))).containsExactly("stop");
    assertThat(chain.get(0).getElementsByTagName("tied").getLength()).isEqualTo(1);
    assertThat(chain.get(1).getElementsByTagName("tied").getLength()).isEqualTo(2);
    assertThat(childText(child(chain.get(0), "lyric"), "text")).isEqualTo("ö");
    assertThat(child(chain.get(1), "lyric")).isNull();
    assertThat(child(chain.get(2), "lyric")).isNull();
  }

  @Test
  void marksTheStartOfAMelismaWithExtend() throws Exception {
    Document doc = MusicXmlSupport.parse(MusicXmlSupport.write(TestSongs.pickupWaltz()));
    List<Element> extended = new ArrayList<>();
    for (Element lyric : all(doc, "lyric")) {
      if (child(lyric, "extend") != null) {
        extended.add(lyric);
      }
    }

    assertThat(extended).hasSize(1);
    assertThat(childText(extended.get(0), "text")).isEqualTo("ti");
    assertThat(childText(extended.get(0), "syllabic")).isEqualTo("middle");
  }

  @Test
  void writesChordSymbolsAtTheirOnsets() throws Exception {
    Document doc = MusicXmlSupport.parse(MusicXmlSupport.write(TestSongs.compoundFlats()));
    List<String> chords = new ArrayList<>();
    for (Element h : all(doc, "harmony")) {
      Element root = child(h, "root");
      String alter = childText(root, "root-alter");
      chords.add(childText(root, "root-step") + (alter == null ? "" : alter) + " " + childText(h, "kind"));
    }

    assertThat(chords).containsExactly("B-1 major", "E-1 major", "G minor");
  }

  @Test
  void placesAChordInsideALongNoteWithAnOffset() throws Exception {
    Song song =
        new TestSongs.Builder("offset")
            .sing(1920, 60, "hold")
            .chord(0, 960, 0, dev.l2m.score.ChordQuality.MAJOR)
            .chord(960, 960, 7, dev.l2m.score.ChordQuality.MAJOR)
            .build();
    Document doc = MusicXmlSupport.parse(MusicXmlSupport.write(song));
    List<Element> harmonies = all(doc, "harmony");

    assertThat(harmonies).hasSize(2);
    assertThat(child(harmonies.get(0), "offset")).isNull();
    assertThat(childText(harmonies.get(1), "offset")).isEqualTo("2");
    assertThat(MusicXmlSupport.validate(schema, MusicXmlSupport.write(song))).isEmpty();
  }

  @Test
  void choosesClefFromTheVoice() throws Exception {
    assertThat(clef(TestSongs.twinkle())).isEqualTo("G2");
    assertThat(clef(TestSongs.sharpsTenor())).isEqualTo("G2-1");
    assertThat(clef(TestSongs.bassMinor())).isEqualTo("F4");
    assertThat(MusicXmlWriter.Clef.forVoice(Voice.ALTO)).isEqualTo(MusicXmlWriter.Clef.TREBLE);
    assertThat(MusicXmlWriter.Clef.forVoice(Voice.parse("baritone")))
        .isEqualTo(MusicXmlWriter.Clef.BASS);
  }

  @Test
  void usesTheSmallestDivisionsThatExpressTheRhythm() throws Exception {
    assertThat(divisions(TestSongs.twinkle())).isEqualTo(1);
    assertThat(divisions(TestSongs.compoundFlats())).isEqualTo(2);
    Song sixteenths =
        new TestSongs.Builder("s").sing(120, 60, "a").sing(360, 62, "b").sing(1440, 64, "c").build();
    assertThat(divisions(sixteenths)).isEqualTo(4);
    Song triplet =
        new TestSongs.Builder("t").sing(160, 60, "a").sing(160, 62, "b").sing(1600, 64, "c").build();
    assertThat(divisions(triplet)).isEqualTo(3);
  }

  @Test
  void sameSongGivesTheSameBytes() {
    assertThat(MusicXmlSupport.write(TestSongs.pickupWaltz()))
        .isEqualTo(MusicXmlSupport.write(TestSongs.pickupWaltz()));
  }

  @Test
  void escapesMarkupInTitlesAndDropsControlCharacters() throws Exception {
    Song song =
        new TestSongs.Builder("A <b> & \"c\"\u0007")
            .key(Key.of(9, Mode.MINOR))
            .sing(1920, 57, "x<y")
            .build();
    byte[] xml = MusicXmlSupport.write(song);
    Document doc = MusicXmlSupport.parse(xml);

    assertThat(all(doc, "work-title").get(0).getTextContent()).isEqualTo("A <b> & \"c\"");
    assertThat(all(doc, "text").get(0).getTextContent()).isEqualTo("x<y");
    assertThat(MusicXmlSupport.validate(schema, xml)).isEmpty();
  }

  @Test
  void marksSectionsAndLineEnds() throws Exception {
    Document doc = MusicXmlSupport.parse(MusicXmlSupport.write(TestSongs.twinkle()));

    assertThat(all(doc, "rehearsal")).extracting(Element::getTextContent)
        .containsExactly("Verse", "Chorus");
    List<String> lineEnds = new ArrayList<>();
    for (Element lyric : all(doc, "lyric")) {
      if (child(lyric, "end-line") != null) {
        lineEnds.add(childText(lyric, "text"));
      }
    }
    assertThat(lineEnds).containsExactly("kle", "star");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"5/4", "7/8", "2/2", "3/8", "3/2", "4/8"})
  void oddMetersStillFillEveryBarAndValidate(String meter) throws Exception {
    TestSongs.Builder b = new TestSongs.Builder("odd " + meter).time(meter).key(Key.parse("C#"));
    int[] lengths = {240, 720, 480, 1200, 60, 180, 960, 360};
    int pitch = 61;
    for (int i = 0; i < 16; i++) {
      b.sing(lengths[i % lengths.length], pitch + (i * 5) % 12, i % 3 == 0 ? "la-" : "-la");
      if (i % 5 == 4) {
        b.rest(lengths[(i + 3) % lengths.length]);
      }
    }
    Song song = b.sing(480, 61, "end").build();
    byte[] xml = MusicXmlSupport.write(song);
    Document doc = MusicXmlSupport.parse(xml);
    int divisions = Integer.parseInt(all(doc, "divisions").get(0).getTextContent());
    int bar = song.time().beats() * divisions * 4 / song.time().beatType();

    assertThat(MusicXmlSupport.validate(schema, xml)).isEmpty();
    for (Element measure : all(doc, "measure")) {
      assertThat(children(measure, "note").stream()
              .mapToInt(n -> Integer.parseInt(childText(n, "duration"))).sum())
          .isEqualTo(bar);
    }
  }

  @Test
  void everyChordQualityAndExtremeKeysValidate() throws Exception {
    for (String keyName : List.of("Cb", "C#", "Abm", "A#m")) {
      TestSongs.Builder b = new TestSongs.Builder("chords in " + keyName).key(Key.parse(keyName));
      int at = 0;
      for (dev.l2m.score.ChordQuality q : dev.l2m.score.ChordQuality.values()) {
        b.sing(480, 60 + at / 480, "ya").chord(at, 480, (at / 480) % 12, q);
        at += 480;
      }
      byte[] xml = MusicXmlSupport.write(b.build());

      assertThat(MusicXmlSupport.validate(schema, xml)).as(keyName).isEmpty();
      assertThat(all(MusicXmlSupport.parse(xml), "harmony"))
          .hasSize(dev.l2m.score.ChordQuality.values().length);
    }
  }

  private static List<String> ties(Element note) {
    return children(note, "tie").stream().map(t -> t.getAttribute("type")).toList();
  }

  private static String clef(Song song) throws Exception {
    Document doc = MusicXmlSupport.parse(MusicXmlSupport.write(song));
    Element clef = all(doc, "clef").get(0);
    String change = childText(clef, "clef-octave-change");
    return childText(clef, "sign") + childText(clef, "line") + (change == null ? "" : change);
  }

  private static int divisions(Song song) throws Exception {
    Document doc = MusicXmlSupport.parse(MusicXmlSupport.write(song));
    return Integer.parseInt(all(doc, "divisions").get(0).getTextContent());
  }

  static List<String> wordsFromXml(Document doc) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (Element lyric : all(doc, "lyric")) {
      String syllabic = childText(lyric, "syllabic");
      word.append(childText(lyric, "text"));
      if (syllabic.equals("single") || syllabic.equals("end")) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    return words;
  }

  static List<String> wordsFromSong(Song song) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (dev.l2m.score.Lyric l : song.lyrics()) {
      word.append(l.text());
      if (!l.syllabic().continuesWord()) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    return words;
  }
}
