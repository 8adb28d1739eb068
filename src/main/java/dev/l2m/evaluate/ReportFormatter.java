package dev.l2m.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders evaluations as readable text or as JSON for scripts. Never prints. */
public final class ReportFormatter {
  private static final String[] NOTE_NAMES = {
    "C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"
  };

  private ReportFormatter() {}

  /**
   * Readable text: a detailed block for a single song; a table with one row per song and a
   * corpus summary for several. Files that could not be read are listed with their reason.
   */
  public static String text(List<Evaluation> evaluations) {
    List<SongReport> reports =
        evaluations.stream().filter(Evaluation::succeeded).map(Evaluation::report).toList();
    StringBuilder out = new StringBuilder();
    if (reports.size() == 1) {
      out.append(songBlock(reports.get(0)));
    } else if (!reports.isEmpty()) {
      out.append(table(reports));
      out.append('\n').append(corpusBlock(new CorpusReport(reports)));
    }
    for (Evaluation e : evaluations) {
      if (!e.succeeded()) {
        out.append("error: ").append(e.error()).append('\n');
      }
    }
    return out.toString();
  }

  /** The detailed block of one song. */
  public static String songBlock(SongReport r) {
    StringBuilder b = new StringBuilder();
    b.append(r.source());
    if (!r.title().isBlank()) {
      b.append(" — ").append(r.title());
    }
    b.append('\n');
    line(
        b,
        "score",
        String.format(
            Locale.ROOT,
            "%s, %s, %d bars%s",
            r.time(),
            r.key().isEmpty() ? "no key signature" : r.key(),
            r.measures(),
            r.pickup() ? " (pickup)" : ""));
    if (!r.hasLyrics()) {
      line(b, "lyrics", "no verse-1 lyrics: nothing is sung, so there is nothing to measure");
      return b.toString();
    }
    line(
        b,
        "lyrics",
        String.format(
            Locale.ROOT,
            "%d syllables on %d notes, %d words; melisma %s of syllables",
            r.syllables(),
            r.notes(),
            r.words().size(),
            percent(r.melismaShare())));
    if (r.stressWords() == 0) {
      line(b, "stress", "not measured (no dictionary stress known for these words)");
    } else {
      line(
        b,
        "stress",
        String.format(
            Locale.ROOT,
            "P(strong | stressed) %s of %d, P(strong | unstressed) %s of %d (%d of %d"
                + " polysyllabic words known)",
            decimal(r.strongGivenStressed()),
            r.stressedSyllables(),
            decimal(r.strongGivenUnstressed()),
            r.unstressedSyllables(),
            r.stressWords(),
            r.polysyllabicWords()));
    }
    line(b, "strong onsets", percent(r.strongOnsetShare()) + " of syllables");
    line(b, "intervals", intervals(r.intervals(), r.largestLeap()));
    line(b, "durations", topDurations(r.durations(), 6));
    line(
        b,
        "ambitus",
        String.format(
            Locale.ROOT,
            "%d semitones (%s–%s)",
            r.ambitus(),
            pitchName(r.lowest()),
            pitchName(r.highest())));
    line(b, "in key", r.hasKey() ? percent(r.inKeyShare()) : "unknown (no key signature)");
    line(
        b,
        "final tonic",
        r.hasKey() ? (r.endsOnTonic() ? "yes" : "no") : "unknown (no key signature)");
    line(
        b,
        "measures",
        r.completeMeasures()
            ? "all complete"
            : "incomplete: " + String.join(", ", r.incompleteMeasures()));
    return b.toString();
  }

  /** One row per song. */
  public static String table(List<SongReport> reports) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%-36s %5s %4s %5s %6s %6s %6s %5s %5s %5s %5s %4s %5s %5s%n",
            "song",
            "meter",
            "syl",
            "mel",
            "P(s|1)",
            "P(s|0)",
            "strong",
            "rep",
            "step",
            "leap",
            "oct",
            "amb",
            "tonic",
            "bars"));
    for (SongReport r : reports) {
      Histogram iv = r.intervals();
      b.append(
          String.format(
              Locale.ROOT,
              "%-36s %5s %4d %5s %6s %6s %6s %5s %5s %5s %5s %4d %5s %5s%n",
              shorten(displayName(r), 36),
              r.time(),
              r.syllables(),
              decimal(r.melismaShare()),
              decimal(r.strongGivenStressed()),
              decimal(r.strongGivenUnstressed()),
              decimal(r.strongOnsetShare()),
              decimal(iv.share(0)),
              decimal(iv.shareOfMagnitude(1, 2)),
              decimal(iv.shareOfMagnitude(6, 12)),
              decimal(iv.shareOfMagnitude(12, 12)),
              r.ambitus(),
              r.hasKey() ? (r.endsOnTonic() ? "yes" : "no") : "?",
              r.completeMeasures() ? "ok" : "short"));
    }
    return b.toString();
  }

  /** Pooled numbers of several songs. */
  public static String corpusBlock(CorpusReport c) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "corpus: %d songs, %d syllables%n", c.size(), c.syllables()));
    line(
        b,
        "stress",
        String.format(
            Locale.ROOT,
            "P(strong | stressed) %s, P(strong | unstressed) %s",
            decimal(c.strongGivenStressed()),
            decimal(c.strongGivenUnstressed())));
    line(b, "strong onsets", percent(c.strongOnsetShare()) + " of syllables");
    line(b, "intervals", intervals(c.intervals(), c.largestLeap()));
    line(b, "durations", topDurations(c.durations(), 6));
    line(
        b,
        "ambitus",
        String.format(
            Locale.ROOT, "median %s semitones (max %d)", number(c.medianAmbitus()), c.maxAmbitus()));
    line(b, "melisma", percent(c.melismaShare()) + " of syllables");
    line(b, "final tonic", percent(c.endsOnTonicShare()) + " of songs");
    line(b, "measures", percent(c.completeMeasuresShare()) + " of songs complete");
    return b.toString();
  }

  /** JSON: {@code {"songs": [...], "errors": [...], "corpus": {...}}} (corpus when 2+ songs). */
  public static String json(List<Evaluation> evaluations) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode songs = root.putArray("songs");
    ArrayNode errors = root.putArray("errors");
    List<SongReport> reports =
        evaluations.stream().filter(Evaluation::succeeded).map(Evaluation::report).toList();
    for (Evaluation e : evaluations) {
      if (e.succeeded()) {
        songs.add(songJson(mapper, e.report()));
      } else {
        errors.addObject().put("file", e.source()).put("error", e.error());
      }
    }
    if (reports.size() > 1) {
      root.set("corpus", corpusJson(mapper, new CorpusReport(reports)));
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the report as JSON", e);
    }
  }

  private static ObjectNode songJson(ObjectMapper mapper, SongReport r) {
    ObjectNode n = mapper.createObjectNode();
    n.put("file", r.source());
    n.put("title", r.title());
    n.put("meter", r.time());
    if (r.key().isEmpty()) {
      n.putNull("key");
    } else {
      n.put("key", r.key());
    }
    n.put("pickup", r.pickup());
    n.put("measures", r.measures());
    n.put("notes", r.notes());
    n.put("syllables", r.syllables());
    n.put("words", r.words().size());
    share(n, "syllablesPerNote", r.syllablesPerNote());
    share(n, "melismaShare", r.melismaShare());
    share(n, "strongOnsetShare", r.strongOnsetShare());
    ObjectNode stress = n.putObject("stress");
    share(stress, "strongGivenStressed", r.strongGivenStressed());
    share(stress, "strongGivenUnstressed", r.strongGivenUnstressed());
    stress.put("stressedSyllables", r.stressedSyllables());
    stress.put("unstressedSyllables", r.unstressedSyllables());
    stress.put("knownWords", r.stressWords());
    stress.put("polysyllabicWords", r.polysyllabicWords());
    n.set("intervals", intervalsJson(mapper, r.intervals(), r.largestLeap()));
    n.set("durations", durationsJson(mapper, r.durations()));
    ObjectNode ambitus = n.putObject("ambitus");
    ambitus.put("semitones", r.ambitus());
    ambitus.put("lowest", r.lowest());
    ambitus.put("highest", r.highest());
    share(n, "inKeyShare", r.inKeyShare());
    if (r.hasKey()) {
      n.put("endsOnTonic", r.endsOnTonic());
    } else {
      n.putNull("endsOnTonic");
    }
    n.put("completeMeasures", r.completeMeasures());
    ArrayNode incomplete = n.putArray("incompleteMeasures");
    r.incompleteMeasures().forEach(incomplete::add);
    return n;
  }

  private static ObjectNode corpusJson(ObjectMapper mapper, CorpusReport c) {
    ObjectNode n = mapper.createObjectNode();
    n.put("songs", c.size());
    n.put("syllables", c.syllables());
    share(n, "strongGivenStressed", c.strongGivenStressed());
    share(n, "strongGivenUnstressed", c.strongGivenUnstressed());
    share(n, "strongOnsetShare", c.strongOnsetShare());
    share(n, "melismaShare", c.melismaShare());
    n.set("intervals", intervalsJson(mapper, c.intervals(), c.largestLeap()));
    n.set("durations", durationsJson(mapper, c.durations()));
    share(n, "medianAmbitus", c.medianAmbitus());
    n.put("maxAmbitus", c.maxAmbitus());
    share(n, "endsOnTonicShare", c.endsOnTonicShare());
    share(n, "completeMeasuresShare", c.completeMeasuresShare());
    share(n, "inKeyShare", c.inKeyShare());
    return n;
  }

  private static ObjectNode intervalsJson(ObjectMapper mapper, Histogram iv, int largest) {
    ObjectNode n = mapper.createObjectNode();
    share(n, "repeats", iv.share(0));
    share(n, "steps", iv.shareOfMagnitude(1, 2));
    share(n, "leapsOverFourth", iv.shareOfMagnitude(6, 12));
    share(n, "octaveOrMore", iv.shareOfMagnitude(12, 12));
    n.put("largest", largest);
    ObjectNode h = n.putObject("histogram");
    iv.counts().forEach((bin, count) -> h.put(String.valueOf(bin), count));
    return n;
  }

  private static ObjectNode durationsJson(ObjectMapper mapper, Histogram d) {
    ObjectNode n = mapper.createObjectNode();
    ObjectNode h = n.putObject("histogram");
    d.counts().forEach((bin, count) -> h.put(number(Histogram.durationOf(bin)), count));
    return n;
  }

  private static void share(ObjectNode n, String field, double value) {
    if (Double.isNaN(value)) {
      n.putNull(field);
    } else {
      n.put(field, Math.round(value * 10_000) / 10_000.0);
    }
  }

  /** "1: 40%, 0.5: 28%, ..." for the most common values. */
  static String topDurations(Histogram d, int limit) {
    if (d.total() == 0) {
      return "none";
    }
    return d.counts().entrySet().stream()
        .sorted(
            Map.Entry.<Integer, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> number(Histogram.durationOf(e.getKey())) + ": " + percent(d.share(e.getKey())))
        .collect(Collectors.joining(", "))
        + " (quarter notes)";
  }

  private static void line(StringBuilder b, String label, String value) {
    b.append(String.format(Locale.ROOT, "  %-14s %s%n", label, value));
  }

  private static String displayName(SongReport r) {
    String s = r.source();
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    return slash >= 0 ? s.substring(slash + 1) : s;
  }

  private static String shorten(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }

  static String percent(double share) {
    if (Double.isNaN(share)) {
      return "n/a";
    }
    double p = share * 100;
    return p > 0 && p < 10 ? String.format(Locale.ROOT, "%.1f%%", p) : String.format(Locale.ROOT, "%.0f%%", p);
  }

  static String decimal(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }

  /** A number without trailing zeros: 1, 0.5, 0.333. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (value == Math.rint(value)) {
      return String.valueOf((long) value);
    }
    String s = String.format(Locale.ROOT, "%.3f", value);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  static String pitchName(int midi) {
    if (midi < 0) {
      return "-";
    }
    return NOTE_NAMES[midi % 12] + (midi / 12 - 1);
  }

  /** The interval profile as one line, the same for a song and a corpus. */
  private static String intervals(Histogram iv, int largestLeap) {
    return String.format(
        Locale.ROOT,
        "repeats %s, steps %s, leaps > 4th %s, octave+ %s; largest %d semitones",
        percent(iv.share(0)),
        percent(iv.shareOfMagnitude(1, 2)),
        percent(iv.shareOfMagnitude(6, 12)),
        percent(iv.shareOfMagnitude(12, 12)),
        largestLeap);
  }
}
