package dev.l2m.output;

import static dev.l2m.output.MusicXmlSupport.all;
import static dev.l2m.output.MusicXmlSupport.childText;
import static dev.l2m.output.MusicXmlSupport.children;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.analysis.EmotionMap;
import dev.l2m.analysis.LexiconAnalyzer;
import dev.l2m.lyrics.LyricsParser;
import dev.l2m.lyrics.RuleSyllabifier;
import dev.l2m.pipeline.GenerationRequest;
import dev.l2m.pipeline.SongPipeline;
import dev.l2m.score.Key;
import dev.l2m.score.Song;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Track;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Songs from the real pipeline, in many keys, meters and voices, through both writers. */
class GeneratedSongsTest {

  private static final List<String> LYRICS =
      List.of(
          "Twinkle twinkle little star\nHow I wonder what you are",
          "[Verse]\nAmazing grace how sweet the sound\nThat saved a wretch like me\n\n"
              + "[Chorus]\nI once was lost but now am found\nWas blind but now I see",
          "Oh beautiful for spacious skies\nFor amber waves of grain",
          "Under the bridge the river is singing\nCarry me home to the valley below",
          "Rain\nfalls\non everything tonight");
  private static final List<String> KEYS =
      List.of("C", "G", "D", "A", "E", "B", "F#", "F", "Bb", "Eb", "Ab", "Db",
          "Am", "Em", "Bm", "F#m", "C#m", "G#m", "Dm", "Gm", "Cm", "Fm", "Bbm", "D dorian");
  private static final List<String> METERS = List.of("4/4", "3/4", "2/4", "6/8", "12/8", "9/8");
  private static final List<Voice> VOICES = List.of(Voice.SOPRANO, Voice.ALTO, Voice.TENOR, Voice.BASS);

  private static Schema schema;
  private static SongPipeline pipeline;

  @BeforeAll
  static void setUp() throws Exception {
    schema = MusicXmlSupport.schema();
    EmotionMap map = EmotionMap.bundled();
    pipeline = new SongPipeline(new LyricsParser(new RuleSyllabifier()), new LexiconAnalyzer(map), map);
  }

  static Stream<Integer> cases() {
    return IntStream.range(0, 40).boxed();
  }

  private static Song song(int index) {
    Random r = new Random(7919L * index + 11);
    boolean chooseMeter = r.nextInt(4) != 0;
    return pipeline
        .generate(
            new GenerationRequest(
                LYRICS.get(index % LYRICS.size()),
                "Song " + index,
                Key.parse(KEYS.get(r.nextInt(KEYS.size()))),
                chooseMeter ? TimeSignature.parse(METERS.get(r.nextInt(METERS.size()))) : null,
                null,
                null,
                VOICES.get(r.nextInt(VOICES.size())),
                r.nextInt(5) != 0,
                r.nextLong()))
        .song();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void composedSongsWriteValidCompleteMusicXml(int index) throws Exception {
    Song song = song(index);
    byte[] xml = MusicXmlSupport.write(song);

    assertThat(MusicXmlSupport.validate(schema, xml)).isEmpty();
    Document doc = MusicXmlSupport.parse(xml);
    int divisions = Integer.parseInt(all(doc, "divisions").get(0).getTextContent());
    int bar = song.time().beats() * divisions * 4 / song.time().beatType();
    for (Element measure : all(doc, "measure")) {
      int sum = 0;
      for (Element note : children(measure, "note")) {
        sum += Integer.parseInt(childText(note, "duration"));
      }
      if (!"yes".equals(measure.getAttribute("implicit"))) {
        assertThat(sum).as("bar %s of %s", measure.getAttribute("number"), song.time()).isEqualTo(bar);
      }
    }
    assertThat(MusicXmlWriterTest.wordsFromXml(doc)).isEqualTo(MusicXmlWriterTest.wordsFromSong(song));
    long untyped =
        all(doc, "note").stream().filter(n -> MusicXmlSupport.child(n, "type") == null).count();
    long wholeBarRests =
        all(doc, "rest").stream().filter(r -> "yes".equals(r.getAttribute("measure"))).count();
    assertThat(untyped).as("notes without a written value").isEqualTo(wholeBarRests);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void composedSongsWriteMidiWithEveryLyric(int index) throws Exception {
    Song song = song(index);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new MidiWriter(true).write(song, out);
    Track melody = MidiSystem.getSequence(new ByteArrayInputStream(out.toByteArray())).getTracks()[1];
    int lyrics = 0;
    for (int i = 0; i < melody.size(); i++) {
      MidiEvent e = melody.get(i);
      if (e.getMessage() instanceof MetaMessage m && m.getType() == 0x05) {
        lyrics++;
      }
    }

    assertThat(lyrics).isEqualTo(song.lyrics().size());
  }
}
