package dev.l2m.evaluate;

import dev.l2m.score.Syllabic;
import dev.l2m.score.TimeSignature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the melody of a MusicXML score ({@code .musicxml}, {@code .xml} or compressed {@code
 * .mxl}) safely: no DTDs, no external entities, bounded sizes, no trust in archive entry names.
 *
 * <p>It keeps the first part's first voice (the voice that carries the lyrics): notes, rests,
 * ties and verse-1 lyrics, the bars with their meter and key. Chord notes below the melody,
 * grace notes and other voices are dropped.
 */
public final class MusicXmlReader {

  /**
   * Size limits.
   *
   * @param maxFileBytes largest file read (plain or compressed)
   * @param maxEntryBytes largest uncompressed entry read from an {@code .mxl} archive
   * @param maxEntries most entries an {@code .mxl} archive may hold
   */
  public record Limits(long maxFileBytes, long maxEntryBytes, int maxEntries) {
    /** Generous for any lead sheet or choral score, small enough to refuse bombs. */
    public static final Limits DEFAULT = new Limits(32L << 20, 64L << 20, 256);
  }

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final String CONTAINER = "META-INF/container.xml";
  private static final Pattern VERSE_NUMBER =
      Pattern.compile("^\\d{1,2}[.)]+\\s*(?=[\\p{L}'‘’])");

  private final Limits limits;
  private final XMLInputFactory factory;

  public MusicXmlReader() {
    this(Limits.DEFAULT);
  }

  public MusicXmlReader(Limits limits) {
    this.limits = limits;
    this.factory = safeFactory();
  }

  private static XMLInputFactory safeFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  private static void trySet(XMLInputFactory f, String property, Object value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException unsupported) {
      // a parser without this property has no way to reach outside the document anyway
    }
  }

  /**
   * Reads a score from a file; compressed archives are recognised by their content, not their
   * name.
   *
   * @throws MusicXmlException with a one-sentence message when the file cannot be used
   */
  public ScoreMelody read(Path file) {
    return read(file, String.valueOf(file.getFileName()));
  }

  /**
   * Reads a score from a file, naming it {@code name} in error messages (the path as the user
   * typed it, say).
   *
   * @throws MusicXmlException with a one-sentence message when the file cannot be used
   */
  public ScoreMelody read(Path file, String name) {
    long size;
    try {
      if (Files.isDirectory(file)) {
        throw new MusicXmlException(name + " is a directory, not a MusicXML file.");
      }
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new MusicXmlException(name + " does not exist: check the path.", e);
    } catch (IOException e) {
      throw new MusicXmlException(name + " cannot be read (" + e.getMessage() + ").", e);
    }
    if (size == 0) {
      throw new MusicXmlException(name + " is empty: it holds no MusicXML.");
    }
    if (size > limits.maxFileBytes()) {
      throw new MusicXmlException(
          name + " is too large (" + size + " bytes; the limit is " + limits.maxFileBytes() + ").");
    }
    if (startsWithZipMagic(file, name)) {
      return readArchive(file, name);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, name);
    } catch (IOException e) {
      throw new MusicXmlException(name + " cannot be read (" + e.getMessage() + ").", e);
    }
  }

  /**
   * Reads an uncompressed MusicXML document from memory.
   *
   * @param name shown in error messages
   */
  public ScoreMelody read(byte[] xml, String name) {
    if (xml.length == 0) {
      throw new MusicXmlException(name + " is empty: it holds no MusicXML.");
    }
    if (xml.length > limits.maxFileBytes()) {
      throw new MusicXmlException(name + " is too large (" + xml.length + " bytes).");
    }
    return parse(new ByteArrayInputStream(xml), name);
  }

  private static boolean startsWithZipMagic(Path file, String name) {
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      int n = in.readNBytes(head, 0, 4);
      if (n < 4) {
        return false;
      }
    } catch (IOException e) {
      throw new MusicXmlException(name + " cannot be read (" + e.getMessage() + ").", e);
    }
    for (int i = 0; i < 4; i++) {
      if (head[i] != ZIP_MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private ScoreMelody readArchive(Path file, String name) {
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      if (zip.size() > limits.maxEntries()) {
        throw new MusicXmlException(
            name
                + " holds too many entries ("
                + zip.size()
                + "; a compressed MusicXML file needs only a few).");
      }
      List<String> names = new ArrayList<>();
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        String entryName = entries.nextElement().getName();
        if (!isSafeEntryName(entryName)) {
          throw new MusicXmlException(
              name + " contains an unsafe entry name ('" + printable(entryName) + "'): refusing it.");
        }
        names.add(entryName);
      }
      String root = rootFile(zip, names, name);
      ZipEntry entry = zip.getEntry(root);
      if (entry == null || entry.isDirectory()) {
        throw new MusicXmlException(
            name + " names '" + printable(root) + "' as its score, but the archive does not hold it.");
      }
      byte[] xml = readBounded(zip, entry, name);
      if (xml.length == 0) {
        throw new MusicXmlException(name + " holds an empty score ('" + printable(root) + "').");
      }
      return parse(new ByteArrayInputStream(xml), name);
    } catch (ZipException e) {
      throw new MusicXmlException(name + " is not a valid compressed MusicXML (.mxl) archive.", e);
    } catch (IOException e) {
      throw new MusicXmlException(name + " cannot be read (" + e.getMessage() + ").", e);
    }
  }

  /** Entry names are only looked up, never written to disk, but a hostile one taints the file. */
  static boolean isSafeEntryName(String entryName) {
    if (entryName.isEmpty()
        || entryName.startsWith("/")
        || entryName.contains("\\")
        || entryName.indexOf('\0') >= 0
        || entryName.matches("^[A-Za-z]:.*")) {
      return false;
    }
    for (String segment : entryName.split("/", -1)) {
      if (segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private String rootFile(ZipFile zip, List<String> names, String name) throws IOException {
    ZipEntry container = zip.getEntry(CONTAINER);
    if (container != null) {
      byte[] bytes = readBounded(zip, container, name);
      String path = containerRootPath(bytes);
      if (path != null) {
        if (!isSafeEntryName(path)) {
          throw new MusicXmlException(
              name + " points at an unsafe score path ('" + printable(path) + "'): refusing it.");
        }
        return path;
      }
    }
    for (String n : names) {
      String lower = n.toLowerCase(Locale.ROOT);
      if (!lower.startsWith("meta-inf/") && (lower.endsWith(".xml") || lower.endsWith(".musicxml"))) {
        return n;
      }
    }
    throw new MusicXmlException(name + " is a zip archive without a MusicXML score inside.");
  }

  private String containerRootPath(byte[] bytes) {
    XMLStreamReader r = null;
    try {
      r = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("rootfile")) {
          String path = r.getAttributeValue(null, "full-path");
          if (path != null && !path.isBlank()) {
            return path.trim();
          }
        }
      }
      return null;
    } catch (XMLStreamException e) {
      // some writers leave quotes from the title unescaped here; the score itself may be fine,
      // so fall back to looking for it as if there were no container
      return null;
    } finally {
      closeQuietly(r);
    }
  }

  private byte[] readBounded(ZipFile zip, ZipEntry entry, String name) throws IOException {
    long limit = limits.maxEntryBytes();
    if (entry.getSize() > limit) {
      throw tooLargeEntry(name, entry);
    }
    try (InputStream in = zip.getInputStream(entry)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int n;
      // the declared size can lie: count what actually inflates
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > limit) {
          throw tooLargeEntry(name, entry);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  private MusicXmlException tooLargeEntry(String name, ZipEntry entry) {
    return new MusicXmlException(
        name
            + " unpacks to more than "
            + limits.maxEntryBytes()
            + " bytes in '"
            + printable(entry.getName())
            + "': refusing it.");
  }

  private ScoreMelody parse(InputStream in, String name) {
    XMLStreamReader r = null;
    try {
      r = factory.createXMLStreamReader(in);
      return new PartParser(r, name).parse();
    } catch (XMLStreamException e) {
      throw new MusicXmlException(name + " is not well-formed XML (" + oneLine(e) + ").", e);
    } catch (IllegalStateException | NumberFormatException e) {
      throw new MusicXmlException(name + " is not readable MusicXML (" + e.getMessage() + ").", e);
    } finally {
      closeQuietly(r);
    }
  }

  private static String oneLine(XMLStreamException e) {
    String message = e.getMessage() == null ? "parse error" : e.getMessage();
    // the JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; keep the message itself
    int idx = message.indexOf("Message:");
    if (idx >= 0) {
      message = message.substring(idx + "Message:".length());
    }
    message = message.replaceAll("\\s+", " ").trim();
    if (message.endsWith(".")) {
      message = message.substring(0, message.length() - 1);
    }
    Location loc = e.getLocation();
    if (loc != null && loc.getLineNumber() > 0) {
      message = message + ", at line " + loc.getLineNumber();
    }
    return message;
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < 80; i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) ? '?' : c);
    }
    return b.toString();
  }

  private static void closeQuietly(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // nothing left to release
      }
    }
  }

  /** Walks one document; state lives here so the reader itself stays reusable. */
  private static final class PartParser {
    private final XMLStreamReader r;
    private final String name;

    private String title = "";
    private String movementTitle = "";
    private double divisions = -1;
    private TimeSignature time = TimeSignature.COMMON;
    private boolean timeWritten;
    private boolean firstMeasureImplicit;
    private WrittenKey key;
    private final List<ScoreMeasure> measures = new ArrayList<>();
    private final List<RawNote> raw = new ArrayList<>();

    PartParser(XMLStreamReader r, String name) {
      this.r = r;
      this.name = name;
    }

    ScoreMelody parse() throws XMLStreamException {
      boolean rootSeen = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new MusicXmlException(
              name + " uses an undeclared entity ('&" + r.getLocalName() + ";'): refusing it.");
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String element = r.getLocalName();
        if (!rootSeen) {
          rootSeen = true;
          if (element.equals("score-timewise")) {
            throw new MusicXmlException(
                name + " is a timewise MusicXML score; save it as partwise MusicXML and retry.");
          }
          if (!element.equals("score-partwise")) {
            throw new MusicXmlException(
                name + " is XML but not a MusicXML score (its root element is <" + element + ">).");
          }
          continue;
        }
        switch (element) {
          case "work-title":
            title = text();
            break;
          case "movement-title":
            movementTitle = text();
            break;
          case "part":
            readPart();
            return build();
          default:
            break;
        }
      }
      if (!rootSeen) {
        throw new MusicXmlException(name + " holds no XML elements: it is not a MusicXML score.");
      }
      throw new MusicXmlException(name + " has no <part>: there is no music to evaluate.");
    }

    private ScoreMelody build() {
      if (measures.isEmpty()) {
        throw new MusicXmlException(name + " has a part with no measures.");
      }
      if (!timeWritten) {
        inferMeter();
      }
      String voice = melodyVoice();
      List<ScoreNote> notes = new ArrayList<>();
      for (RawNote n : raw) {
        if (n.voice.equals(voice)) {
          notes.add(new ScoreNote(n.measure, n.onset, n.duration, n.pitch, n.tieStop, n.lyric));
        }
      }
      notes.sort((a, b) -> Double.compare(a.onset(), b.onset()));
      String t = !title.isBlank() ? title : movementTitle;
      return new ScoreMelody(t.strip(), measures, notes);
    }

    /**
     * A file without any time signature still has bars: take the meter from the most common bar
     * length (whole quarters as n/4, otherwise eighths as n/8) instead of assuming 4/4.
     */
    private void inferMeter() {
      Map<Long, Integer> lengths = new HashMap<>();
      for (ScoreMeasure m : measures) {
        long eighths = Math.round(m.filled() * 2);
        if (eighths > 0 && Math.abs(m.filled() * 2 - eighths) < ScoreMeasure.EPSILON) {
          lengths.merge(eighths, 1, Integer::sum);
        }
      }
      long common =
          lengths.entrySet().stream()
              .max(
                  Map.Entry.<Long, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey()))
              .map(Map.Entry::getKey)
              .orElse(8L);
      TimeSignature inferred;
      try {
        inferred =
            common % 2 == 0
                ? new TimeSignature((int) (common / 2), 4)
                : new TimeSignature((int) common, 8);
      } catch (IllegalArgumentException e) {
        return;
      }
      List<ScoreMeasure> rebuilt = new ArrayList<>();
      for (ScoreMeasure m : measures) {
        boolean pickup =
            m.index() == 0
                && (firstMeasureImplicit
                    || (m.filled() > ScoreMeasure.EPSILON
                        && m.filled() < nominal(inferred) - ScoreMeasure.EPSILON));
        rebuilt.add(
            new ScoreMeasure(m.index(), m.number(), m.start(), m.filled(), inferred, m.key(), pickup));
      }
      measures.clear();
      measures.addAll(rebuilt);
    }

    /** The voice holding the first verse-1 lyric, else the voice of the first pitched note. */
    private String melodyVoice() {
      for (RawNote n : raw) {
        if (n.lyric != null) {
          return n.voice;
        }
      }
      for (RawNote n : raw) {
        if (n.pitch >= 0) {
          return n.voice;
        }
      }
      return raw.isEmpty() ? "1" : raw.get(0).voice;
    }

    private void readPart() throws XMLStreamException {
      double songPosition = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("part")) {
          return;
        }
        if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("measure")) {
          songPosition += readMeasure(songPosition);
        }
      }
    }

    /** Reads one bar and returns its length in quarters. */
    private double readMeasure(double start) throws XMLStreamException {
      int index = measures.size();
      String number = attr("number", String.valueOf(index + 1));
      boolean implicit = "yes".equals(attr("implicit", "no"));
      if (index == 0) {
        firstMeasureImplicit = implicit;
      }
      double cursor = 0;
      double furthest = 0;
      double lastOnset = 0;
      TimeSignature barTime = time;
      WrittenKey barKey = key;
      List<RawNote> barNotes = new ArrayList<>();
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("measure")) {
          break;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "attributes":
            readAttributes();
            barTime = time;
            barKey = key;
            break;
          case "backup":
            cursor = Math.max(0, cursor - quarters(childDuration("backup")));
            break;
          case "forward":
            cursor += quarters(childDuration("forward"));
            furthest = Math.max(furthest, cursor);
            break;
          case "note":
            NoteParts p = readNote();
            if (p.grace) {
              break;
            }
            double length = quarters(p.duration);
            double onset = p.chord ? lastOnset : cursor;
            if (!p.chord) {
              lastOnset = cursor;
              cursor += length;
              furthest = Math.max(furthest, cursor);
              if (!p.cue) {
                barNotes.add(new RawNote(index, onset, length, p.pitch, p.tieStop, p.lyric, p.voice));
              }
            }
            break;
          default:
            break;
        }
      }
      boolean pickup =
          index == 0
              && (implicit
                  || (furthest > ScoreMeasure.EPSILON
                      && furthest < nominal(barTime) - ScoreMeasure.EPSILON));
      for (RawNote n : barNotes) {
        raw.add(n.shifted(start));
      }
      measures.add(new ScoreMeasure(index, number, start, furthest, barTime, barKey, pickup));
      return furthest;
    }

    private static double nominal(TimeSignature t) {
      return t.beats() * 4.0 / t.beatType();
    }

    private double quarters(double units) {
      if (divisions <= 0) {
        throw new MusicXmlException(
            name + " gives a duration before any <divisions>: the file is incomplete.");
      }
      return units / divisions;
    }

    private double childDuration(String parent) throws XMLStreamException {
      double d = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(parent)) {
          break;
        }
        if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("duration")) {
          d = number(text(), "duration");
        }
      }
      return d;
    }

    private void readAttributes() throws XMLStreamException {
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("attributes")) {
          return;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "divisions":
            double d = number(text(), "divisions");
            if (d <= 0) {
              throw new MusicXmlException(name + " declares non-positive <divisions>.");
            }
            divisions = d;
            break;
          case "key":
            WrittenKey k = readKey();
            if (k != null) {
              key = k;
            }
            break;
          case "time":
            time = readTime();
            timeWritten = true;
            break;
          default:
            break;
        }
      }
    }

    private WrittenKey readKey() throws XMLStreamException {
      Integer fifths = null;
      String mode = null;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("key")) {
          break;
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (r.getLocalName().equals("fifths")) {
            fifths = (int) number(text(), "fifths");
          } else if (r.getLocalName().equals("mode")) {
            mode = text();
          }
        }
      }
      if (fifths == null || fifths < -7 || fifths > 7) {
        return null;
      }
      return new WrittenKey(fifths, mode);
    }

    private TimeSignature readTime() throws XMLStreamException {
      int beats = 0;
      int beatType = 0;
      boolean senzaMisura = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("time")) {
          break;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "beats":
            // additive meters such as 3+2 count their sum; a second <beats> adds a composite part
            for (String part : text().split("\\+")) {
              beats += (int) number(part, "beats");
            }
            break;
          case "beat-type":
            beatType = (int) number(text(), "beat-type");
            break;
          case "senza-misura":
            senzaMisura = true;
            break;
          default:
            break;
        }
      }
      if (senzaMisura || beats == 0 || beatType == 0) {
        return time;
      }
      try {
        return new TimeSignature(beats, beatType);
      } catch (IllegalArgumentException e) {
        throw new MusicXmlException(
            name + " uses a time signature l2m cannot measure (" + beats + "/" + beatType + ").", e);
      }
    }

    private NoteParts readNote() throws XMLStreamException {
      NoteParts p = new NoteParts();
      int step = -1;
      double alter = 0;
      int octave = 4;
      boolean pitched = false;
      ScoreLyric firstLyric = null;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("note")) {
          break;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "grace":
            p.grace = true;
            break;
          case "cue":
            p.cue = true;
            break;
          case "chord":
            p.chord = true;
            break;
          case "pitch":
            pitched = true;
            break;
          case "step":
            step = "CDEFGAB".indexOf(text().trim().toUpperCase(Locale.ROOT));
            if (step < 0) {
              throw new MusicXmlException(name + " has a note with an unknown <step>.");
            }
            break;
          case "alter":
            alter = number(text(), "alter");
            break;
          case "octave":
            octave = (int) number(text(), "octave");
            break;
          case "duration":
            p.duration = number(text(), "duration");
            if (p.duration < 0) {
              throw new MusicXmlException(name + " has a note with a negative <duration>.");
            }
            break;
          case "voice":
            p.voice = text().trim();
            break;
          case "tie":
          case "tied":
            if ("stop".equals(attr("type", ""))) {
              p.tieStop = true;
            }
            break;
          case "lyric":
            String number = r.getAttributeValue(null, "number");
            ScoreLyric lyric = readLyric();
            if (lyric != null) {
              if ("1".equals(number)) {
                p.lyric = lyric;
              } else if (number == null && firstLyric == null) {
                firstLyric = lyric;
              }
            }
            break;
          default:
            break;
        }
      }
      if (p.lyric == null) {
        p.lyric = firstLyric;
      }
      if (pitched) {
        if (step < 0) {
          throw new MusicXmlException(name + " has a pitched note without a <step>.");
        }
        int midi =
            (octave + 1) * 12 + new int[] {0, 2, 4, 5, 7, 9, 11}[step] + (int) Math.round(alter);
        if (midi < 0 || midi > 127) {
          throw new MusicXmlException(name + " has a note outside the MIDI range.");
        }
        p.pitch = midi;
      }
      return p;
    }

    /** Reads a lyric; null when it has no text (humming, laughing, an empty syllable). */
    private ScoreLyric readLyric() throws XMLStreamException {
      Syllabic syllabic = null;
      StringBuilder text = new StringBuilder();
      boolean extend = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("lyric")) {
          break;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "syllabic":
            if (syllabic == null) {
              syllabic = syllabic(text());
            }
            break;
          case "text":
            String t = text();
            if (text.length() > 0) {
              // an elision joins two syllables on one note
              text.append(' ');
            }
            text.append(t.strip());
            break;
          case "extend":
            extend = !"stop".equals(attr("type", "start"));
            break;
          default:
            break;
        }
      }
      // some files print the verse number inside the first syllable ("1. 'Round"): not sung
      String t = VERSE_NUMBER.matcher(text.toString().strip()).replaceFirst("");
      if (t.isEmpty() || t.chars().noneMatch(Character::isLetterOrDigit)) {
        return null;
      }
      return new ScoreLyric(t, syllabic == null ? Syllabic.SINGLE : syllabic, extend);
    }

    private static Syllabic syllabic(String value) {
      switch (value.trim()) {
        case "begin":
          return Syllabic.BEGIN;
        case "middle":
          return Syllabic.MIDDLE;
        case "end":
          return Syllabic.END;
        default:
          return Syllabic.SINGLE;
      }
    }

    private String attr(String attribute, String fallback) {
      String v = r.getAttributeValue(null, attribute);
      return v == null ? fallback : v;
    }

    private String text() throws XMLStreamException {
      return r.getElementText();
    }

    private double number(String text, String what) {
      try {
        double v = Double.parseDouble(text.trim());
        if (Double.isNaN(v) || Double.isInfinite(v) || Math.abs(v) > 1e9) {
          throw new NumberFormatException(text);
        }
        return v;
      } catch (NumberFormatException e) {
        throw new MusicXmlException(
            name + " has a <" + what + "> that is not a number ('" + printable(text.trim()) + "').", e);
      }
    }
  }

  /** What one {@code <note>} element says. */
  private static final class NoteParts {
    boolean grace;
    boolean cue;
    boolean chord;
    boolean tieStop;
    double duration;
    int pitch = -1;
    String voice = "1";
    ScoreLyric lyric;
  }

  /** A note before voice filtering, its onset still relative to its bar. */
  private record RawNote(
      int measure,
      double onset,
      double duration,
      int pitch,
      boolean tieStop,
      ScoreLyric lyric,
      String voice) {
    RawNote shifted(double barStart) {
      return new RawNote(measure, onset + barStart, duration, pitch, tieStop, lyric, voice);
    }
  }
}
