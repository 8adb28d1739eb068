package dev.l2m.compose;

import dev.l2m.lyrics.Lyrics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Interval and duration histograms of the human lead sheets, read just well enough to tune the
 * composer against (the real evaluator is {@code l2m evaluate}).
 */
final class HumanCorpus {
  final Map<Integer, Integer> intervals = new TreeMap<>();
  final Map<Double, Integer> durations = new TreeMap<>();
  final List<Integer> ambitus = new ArrayList<>();

  /**
   * Reads a corpus folder in path order: every lead sheet ({@code *.mxl}) into this corpus, and
   * the lyrics of every {@code *.txt}, parsed by {@code parse}, into the returned list. A file
   * that cannot be read or parsed is left out, as in the reference numbers.
   */
  List<Lyrics> readFolder(Path root, Function<String, Lyrics> parse) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    List<Lyrics> lyrics = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith(".mxl")) {
        try {
          add(f);
        } catch (Exception e) {
          // an unreadable lead sheet is left out
        }
      } else if (name.endsWith(".txt")) {
        try {
          lyrics.add(parse.apply(Files.readString(f)));
        } catch (RuntimeException e) {
          // lyrics the parser refuses are left out
        }
      }
    }
    return lyrics;
  }

  /** The median ambitus of the lead sheets read, or -1 when there are none. */
  int medianAmbitus() {
    List<Integer> sorted = ambitus.stream().sorted().toList();
    return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
  }

  void add(Path mxl) throws Exception {
    byte[] xml = null;
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(mxl))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (!e.getName().startsWith("META-INF") && e.getName().endsWith("xml")) {
          xml = zip.readAllBytes();
          break;
        }
      }
    }
    if (xml == null) {
      return;
    }
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    Document doc;
    try (InputStream in = new ByteArrayInputStream(xml)) {
      doc = b.parse(in);
    } catch (IOException ex) {
      return;
    }
    Element part = (Element) doc.getElementsByTagName("part").item(0);
    if (part == null) {
      return;
    }
    int divisions = 1;
    List<int[]> syllables = new ArrayList<>(); // pitch, duration in divisions*? (quarters*48)
    boolean open = false;
    NodeList measures = part.getElementsByTagName("measure");
    for (int m = 0; m < measures.getLength(); m++) {
      for (Node c = measures.item(m).getFirstChild(); c != null; c = c.getNextSibling()) {
        if (!(c instanceof Element)) {
          continue;
        }
        Element el = (Element) c;
        if (el.getTagName().equals("attributes")) {
          NodeList d = el.getElementsByTagName("divisions");
          if (d.getLength() > 0) {
            divisions = Integer.parseInt(d.item(0).getTextContent().trim());
          }
        }
        if (!el.getTagName().equals("note") || has(el, "grace") || has(el, "chord")) {
          continue;
        }
        NodeList dur = el.getElementsByTagName("duration");
        int length = dur.getLength() == 0 ? 0 : Integer.parseInt(dur.item(0).getTextContent().trim());
        int q48 = length * 48 / divisions;
        if (has(el, "rest")) {
          open = false;
          continue;
        }
        int pitch = pitch((Element) el.getElementsByTagName("pitch").item(0));
        boolean lyric = el.getElementsByTagName("lyric").getLength() > 0;
        if (lyric || !open) {
          if (lyric) {
            syllables.add(new int[] {pitch, q48});
            open = true;
          }
        } else {
          syllables.get(syllables.size() - 1)[1] += q48;
        }
      }
    }
    if (syllables.size() < 8) {
      return;
    }
    int lo = 999;
    int hi = 0;
    for (int i = 0; i < syllables.size(); i++) {
      int p = syllables.get(i)[0];
      lo = Math.min(lo, p);
      hi = Math.max(hi, p);
      if (i > 0) {
        int d = Math.max(-12, Math.min(12, p - syllables.get(i - 1)[0]));
        intervals.merge(d, 1, Integer::sum);
      }
      durations.merge(Math.round(syllables.get(i)[1] / 12.0) / 4.0, 1, Integer::sum);
    }
    ambitus.add(hi - lo);
  }

  private static boolean has(Element el, String tag) {
    return el.getElementsByTagName(tag).getLength() > 0;
  }

  private static int pitch(Element p) {
    String step = p.getElementsByTagName("step").item(0).getTextContent().trim();
    int octave = Integer.parseInt(p.getElementsByTagName("octave").item(0).getTextContent().trim());
    NodeList alter = p.getElementsByTagName("alter");
    int a = alter.getLength() == 0 ? 0
        : (int) Math.round(Double.parseDouble(alter.item(0).getTextContent().trim()));
    int pc = new int[] {9, 11, 0, 2, 4, 5, 7}["ABCDEFG".indexOf(step)];
    return (octave + 1) * 12 + pc + a;
  }

  static <K> double overlap(Map<K, Integer> a, Map<K, Integer> b) {
    double ta = a.values().stream().mapToInt(Integer::intValue).sum();
    double tb = b.values().stream().mapToInt(Integer::intValue).sum();
    double sum = 0;
    for (Map.Entry<K, Integer> e : a.entrySet()) {
      sum += Math.min(e.getValue() / ta, b.getOrDefault(e.getKey(), 0) / tb);
    }
    return sum;
  }
}
