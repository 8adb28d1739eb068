package dev.l2m.output;

import dev.l2m.score.ChordSymbol;
import dev.l2m.score.Key;
import dev.l2m.score.Lyric;
import dev.l2m.score.Note;
import dev.l2m.score.Phrase;
import dev.l2m.score.Song;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a song as a MusicXML 4.0 {@code score-partwise} lead sheet: one part "Voice" with the
 * melody, one lyric syllable per sung note, chord symbols, key, meter, clef and tempo. Layout
 * (systems, pages, beams, stems) is left to the reading program.
 */
public final class MusicXmlWriter implements SongWriter {

  /** Program number (1-based, as MusicXML counts) matching {@link MidiWriter#MELODY_PROGRAM}. */
  private static final int MIDI_PROGRAM_ONE_BASED = MidiWriter.MELODY_PROGRAM + 1;

  private static final String DOCTYPE =
      "<!DOCTYPE score-partwise PUBLIC \"-//Recordare//DTD MusicXML 4.0 Partwise//EN\""
          + " \"http://www.musicxml.org/dtds/partwise.dtd\">";

  @Override
  public String format() {
    return "musicxml";
  }

  @Override
  public List<String> aliases() {
    return List.of("xml", "mxl-uncompressed");
  }

  @Override
  public String extension() {
    return "musicxml";
  }

  @Override
  public void write(Song song, OutputStream out) throws IOException {
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      new Document(new Indented(xml), song).write();
      xml.flush();
      xml.close();
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException("could not write MusicXML: " + e.getMessage(), e);
    }
  }

  /** The clef a voice reads: bass clef, treble clef an octave down (tenor), or treble. */
  enum Clef {
    TREBLE("G", 2, 0),
    TREBLE_8VB("G", 2, -1),
    BASS("F", 4, 0);

    final String sign;
    final int line;
    final int octaveChange;

    Clef(String sign, int line, int octaveChange) {
      this.sign = sign;
      this.line = line;
      this.octaveChange = octaveChange;
    }

    /**
     * Low voices (range topping out by E4) read bass clef; voices centred below middle C, such
     * as the tenor, read the octave-transposing treble clef singers know; all others treble.
     */
    static Clef forVoice(Voice voice) {
      if (voice.usesBassClef()) {
        return BASS;
      }
      return voice.low() + voice.high() < 2 * 60 ? TREBLE_8VB : TREBLE;
    }
  }

  /** One document being written; holds the per-bar accidental state. */
  private static final class Document {
    private final Indented x;
    private final Song song;
    private final MeasureLayout layout;
    private final Key key;
    private final Set<Note> melismaStarts = new HashSet<>();
    private final Map<Note, String> sectionStarts = new HashMap<>();
    private final BarAccidentals accidentals;

    Document(Indented x, Song song) {
      this.x = x;
      this.song = song;
      this.layout = MeasureLayout.of(song);
      this.key = song.key();
      this.accidentals = new BarAccidentals(key);
      List<Note> notes = song.notes();
      for (int i = 0; i + 1 < notes.size(); i++) {
        if (notes.get(i).lyric() != null && notes.get(i + 1).isMelisma()) {
          melismaStarts.add(notes.get(i));
        }
      }
      String previous = "";
      for (Phrase p : song.phrases()) {
        if (!p.section().isEmpty() && !p.section().equals(previous) && p.firstNote() < notes.size()) {
          sectionStarts.put(notes.get(p.firstNote()), p.section());
        }
        previous = p.section();
      }
    }

    void write() throws XMLStreamException {
      x.raw().writeStartDocument("UTF-8", "1.0");
      x.newline();
      x.raw().writeDTD(DOCTYPE);
      x.start("score-partwise");
      x.attribute("version", "4.0");
      x.start("work");
      x.text("work-title", clean(song.title()));
      x.end();
      x.start("identification");
      x.start("encoding");
      x.text("software", "l2m");
      x.end();
      x.end();
      x.start("part-list");
      x.start("score-part");
      x.attribute("id", "P1");
      x.text("part-name", "Voice");
      x.start("score-instrument");
      x.attribute("id", "P1-I1");
      x.text("instrument-name", "Voice");
      x.end();
      x.start("midi-instrument");
      x.attribute("id", "P1-I1");
      x.text("midi-channel", "1");
      x.text("midi-program", Integer.toString(MIDI_PROGRAM_ONE_BASED));
      x.end();
      x.end();
      x.end();
      x.start("part");
      x.attribute("id", "P1");
      List<MeasureLayout.Measure> measures = layout.measures();
      for (int i = 0; i < measures.size(); i++) {
        writeMeasure(measures.get(i), i == 0, i == measures.size() - 1);
      }
      x.end();
      x.end();
      x.newline();
      x.raw().writeEndDocument();
    }

    private void writeMeasure(MeasureLayout.Measure m, boolean first, boolean last)
        throws XMLStreamException {
      x.start("measure");
      x.attribute("number", Integer.toString(m.number()));
      if (m.implicit()) {
        x.attribute("implicit", "yes");
      }
      if (first) {
        writeAttributes();
        writeTempo();
      }
      accidentals.startBar();
      for (MeasureLayout.Event e : m.events()) {
        for (ChordSymbol c : m.chords()) {
          if (c.start() >= e.start() && c.start() < e.end()) {
            writeHarmony(c, c.start() - e.start());
          }
        }
        String section = e.isAttack() ? sectionStarts.get(e.note()) : null;
        if (section != null) {
          writeSection(section);
        }
        writeNote(e);
      }
      if (last) {
        x.start("barline");
        x.attribute("location", "right");
        x.text("bar-style", "light-heavy");
        x.end();
      }
      x.end();
    }

    private void writeAttributes() throws XMLStreamException {
      TimeSignature time = song.time();
      x.start("attributes");
      x.text("divisions", Integer.toString(layout.divisions()));
      x.start("key");
      x.text("fifths", Integer.toString(key.fifths()));
      x.text("mode", key.mode().xmlName());
      x.end();
      x.start("time");
      x.text("beats", Integer.toString(time.beats()));
      x.text("beat-type", Integer.toString(time.beatType()));
      x.end();
      Clef clef = Clef.forVoice(song.voice());
      x.start("clef");
      x.text("sign", clef.sign);
      x.text("line", Integer.toString(clef.line));
      if (clef.octaveChange != 0) {
        x.text("clef-octave-change", Integer.toString(clef.octaveChange));
      }
      x.end();
      x.end();
    }

    private void writeTempo() throws XMLStreamException {
      x.start("direction");
      x.attribute("placement", "above");
      x.start("direction-type");
      x.start("metronome");
      x.attribute("parentheses", "no");
      if (song.time().isCompound()) {
        // compound meters are felt in dotted quarters: show that beat, keep the quarter tempo
        x.text("beat-unit", "quarter");
        x.empty("beat-unit-dot");
        x.text("per-minute", Long.toString(Math.round(song.tempo() / 1.5)));
      } else {
        x.text("beat-unit", "quarter");
        x.text("per-minute", Integer.toString(song.tempo()));
      }
      x.end();
      x.end();
      x.empty("sound");
      x.attribute("tempo", Integer.toString(song.tempo()));
      x.end();
    }

    /** A section label ("Chorus") as a rehearsal mark over the phrase's first note. */
    private void writeSection(String label) throws XMLStreamException {
      x.start("direction");
      x.attribute("placement", "above");
      x.start("direction-type");
      x.text("rehearsal", clean(label));
      x.end();
      x.end();
    }

    private void writeHarmony(ChordSymbol chord, long offsetTicks) throws XMLStreamException {
      Key.Spelling root = key.spell(60 + chord.root());
      x.start("harmony");
      x.start("root");
      x.text("root-step", String.valueOf(root.step()));
      if (root.alter() != 0) {
        x.text("root-alter", Integer.toString(root.alter()));
      }
      x.end();
      x.start("kind");
      if (!chord.quality().suffix().isEmpty()) {
        x.attribute("text", chord.quality().suffix());
      }
      x.characters(chord.quality().xmlKind());
      x.end();
      if (offsetTicks > 0) {
        x.text("offset", Integer.toString(layout.toDivisions(offsetTicks)));
      }
      x.end();
    }

    private void writeNote(MeasureLayout.Event e) throws XMLStreamException {
      x.start("note");
      Key.Spelling spelling = null;
      if (e.isRest()) {
        x.empty("rest");
        if (e.wholeMeasureRest()) {
          x.attribute("measure", "yes");
        }
      } else {
        spelling = key.spell(e.note().pitch());
        x.start("pitch");
        x.text("step", String.valueOf(spelling.step()));
        if (spelling.alter() != 0) {
          x.text("alter", Integer.toString(spelling.alter()));
        }
        x.text("octave", Integer.toString(spelling.octave()));
        x.end();
      }
      x.text("duration", Integer.toString(layout.toDivisions(e.duration())));
      if (e.tieStop()) {
        x.empty("tie");
        x.attribute("type", "stop");
      }
      if (e.tieStart()) {
        x.empty("tie");
        x.attribute("type", "start");
      }
      x.text("voice", "1");
      if (e.value() != null) {
        x.text("type", e.value().type());
        for (int d = 0; d < e.value().dots(); d++) {
          x.empty("dot");
        }
      }
      if (spelling != null) {
        Integer accidental = accidentals.accidentalFor(spelling, e.tieStop());
        if (accidental != null) {
          x.text("accidental", accidentalName(accidental));
        }
      }
      if (e.tieStop() || e.tieStart()) {
        x.start("notations");
        if (e.tieStop()) {
          x.empty("tied");
          x.attribute("type", "stop");
        }
        if (e.tieStart()) {
          x.empty("tied");
          x.attribute("type", "start");
        }
        x.end();
      }
      Lyric lyric = e.lyric();
      if (lyric != null) {
        x.start("lyric");
        x.attribute("number", "1");
        x.text("syllabic", lyric.syllabic().xmlName());
        x.text("text", clean(lyric.text()));
        if (melismaStarts.contains(e.note())) {
          x.empty("extend");
        }
        if (lyric.lineEnd()) {
          x.empty("end-line");
        }
        x.end();
      }
      x.end();
    }

    private static String accidentalName(int alter) {
      return switch (alter) {
        case 1 -> "sharp";
        case -1 -> "flat";
        case 2 -> "double-sharp";
        case -2 -> "flat-flat";
        default -> "natural";
      };
    }

    /** XML 1.0 cannot carry control characters; lyrics and titles lose them. */
    private static String clean(String text) {
      StringBuilder sb = new StringBuilder(text.length());
      text.codePoints()
          .filter(cp -> !Character.isISOControl(cp) || cp == '\t')
          .filter(cp -> cp != 0xFFFE && cp != 0xFFFF)
          .forEach(sb::appendCodePoint);
      return sb.toString();
    }
  }

  /** A thin wrapper that indents with two spaces, so diffs and people can read the files. */
  private static final class Indented {
    private final XMLStreamWriter w;
    private int depth;
    private boolean inlineEnd;

    Indented(XMLStreamWriter w) {
      this.w = w;
    }

    XMLStreamWriter raw() {
      return w;
    }

    void newline() throws XMLStreamException {
      w.writeCharacters("\n");
    }

    void start(String name) throws XMLStreamException {
      indent();
      w.writeStartElement(name);
      depth++;
    }

    void empty(String name) throws XMLStreamException {
      indent();
      w.writeEmptyElement(name);
    }

    void attribute(String name, String value) throws XMLStreamException {
      w.writeAttribute(name, value);
    }

    void characters(String text) throws XMLStreamException {
      w.writeCharacters(text);
      inlineEnd = true;
    }

    /** An element holding only text, on one line. */
    void text(String name, String value) throws XMLStreamException {
      indent();
      w.writeStartElement(name);
      w.writeCharacters(value);
      w.writeEndElement();
    }

    void end() throws XMLStreamException {
      depth--;
      if (!inlineEnd) {
        indent();
      }
      inlineEnd = false;
      w.writeEndElement();
    }

    private void indent() throws XMLStreamException {
      w.writeCharacters("\n" + "  ".repeat(depth));
    }
  }
}
