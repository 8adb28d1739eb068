package dev.l2m.bench;

import dev.l2m.analysis.EmotionMap;
import dev.l2m.analysis.LexiconAnalyzer;
import dev.l2m.evaluate.CorpusReport;
import dev.l2m.evaluate.Histogram;
import dev.l2m.evaluate.LyricFidelity;
import dev.l2m.evaluate.LyricWords;
import dev.l2m.evaluate.MusicXmlException;
import dev.l2m.evaluate.MusicXmlReader;
import dev.l2m.evaluate.ScoreLyrics;
import dev.l2m.evaluate.ScoreMelody;
import dev.l2m.evaluate.SongMetrics;
import dev.l2m.evaluate.SongReport;
import dev.l2m.evaluate.StressLookup;
import dev.l2m.lyrics.LyricsParser;
import dev.l2m.lyrics.RuleSyllabifier;
import dev.l2m.output.MusicXmlWriter;
import dev.l2m.pipeline.GenerationRequest;
import dev.l2m.pipeline.SongPipeline;
import dev.l2m.score.Song;
import dev.l2m.score.Voice;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The quality benchmark behind {@code bench/quality.sh}: {@code extract} writes each lead
 * sheet's lyrics (lines read off the score) for l2m to set; {@code report} evaluates every
 * original next to its l2m setting and checks the targets of the quality guide.
 *
 * <pre>
 * QualityBench extract CORPUS_DIR WORK_DIR
 * QualityBench generate WORK_DIR SEED
 * QualityBench report WORK_DIR [CMUDICT_FILE]
 * </pre>
 *
 * WORK_DIR holds {@code songs.tsv} (id, original file), {@code lyrics/ID.txt} and, written by the
 * script (through the CLI) or by {@code generate} (the same pipeline in this JVM), {@code
 * generated/ID.musicxml}.
 */
public final class QualityBench {
  /** Targets from the issue and the quality guide. */
  static final double INTERVAL_OVERLAP_TARGET = 0.85;

  static final double DURATION_OVERLAP_TARGET = 0.80;
  static final double AMBITUS_TOLERANCE = 3;

  private final PrintStream out;

  QualityBench(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("extract")) {
      new QualityBench(System.out).extract(Path.of(args[1]), Path.of(args[2]));
    } else if (args.length >= 3 && args[0].equals("generate")) {
      new QualityBench(System.out).generate(Path.of(args[1]), Long.parseLong(args[2]));
    } else if (args.length >= 2 && args[0].equals("report")) {
      StressLookup stress =
          args.length >= 3 ? CmuStressFile.load(Path.of(args[2])) : StressLookup.none();
      boolean passed = new QualityBench(System.out).report(Path.of(args[1]), stress);
      System.exit(passed ? 0 : 3);
    } else {
      System.err.println(
          "usage: QualityBench extract CORPUS_DIR WORK_DIR | generate WORK_DIR SEED"
              + " | report WORK_DIR [CMUDICT_FILE]");
      System.exit(2);
    }
  }

  /** Writes the lyrics of every readable score with lyrics; returns how many. */
  int extract(Path corpus, Path work) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return n.endsWith(".mxl") || n.endsWith(".musicxml") || n.endsWith(".xml");
                  })
              .sorted()
              .toList();
    }
    Path lyricsDir = Files.createDirectories(work.resolve("lyrics"));
    MusicXmlReader reader = new MusicXmlReader();
    StringBuilder tsv = new StringBuilder();
    int written = 0;
    int skipped = 0;
    for (Path f : files) {
      String text;
      try {
        text = ScoreLyrics.text(reader.read(f));
      } catch (MusicXmlException e) {
        out.println("skipped: " + e.getMessage());
        skipped++;
        continue;
      }
      if (text.isBlank()) {
        out.println("skipped: " + f.getFileName() + " has no verse-1 lyrics.");
        skipped++;
        continue;
      }
      String id = String.format(Locale.ROOT, "%03d-%s", written + 1, slug(f));
      Files.writeString(lyricsDir.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
      tsv.append(id).append('\t').append(f.toAbsolutePath()).append('\n');
      written++;
    }
    Files.writeString(work.resolve("songs.tsv"), tsv.toString(), StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "extracted the lyrics of %d songs (%d skipped)%n", written, skipped);
    return written;
  }

  static String slug(Path file) {
    String name = file.getFileName().toString().replaceAll("\\.[^.]*$", "");
    String s = name.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return s.length() > 40 ? s.substring(0, 40) : s.isEmpty() ? "song" : s;
  }

  /**
   * Sets every extracted lyric with the same pipeline and defaults as {@code l2m generate
   * --offline} (soprano, chords on), in this JVM; a song that fails is reported and skipped.
   */
  int generate(Path work, long seed) throws IOException {
    EmotionMap map = EmotionMap.bundled();
    SongPipeline pipeline =
        new SongPipeline(new LyricsParser(new RuleSyllabifier()), new LexiconAnalyzer(map), map);
    Path dir = Files.createDirectories(work.resolve("generated"));
    int made = 0;
    for (String row : Files.readAllLines(work.resolve("songs.tsv"), StandardCharsets.UTF_8)) {
      if (row.isBlank()) {
        continue;
      }
      String id = row.split("\t", 2)[0];
      String lyrics = Files.readString(work.resolve("lyrics").resolve(id + ".txt"));
      try {
        Song song =
            pipeline
                .generate(
                    new GenerationRequest(
                        lyrics, id, null, null, null, null, Voice.SOPRANO, true, seed))
                .song();
        try (OutputStream o = Files.newOutputStream(dir.resolve(id + ".musicxml"))) {
          new MusicXmlWriter().write(song, o);
        }
        made++;
      } catch (RuntimeException e) {
        out.println("l2m failed on " + id + ": " + e.getMessage());
      }
    }
    out.printf(Locale.ROOT, "l2m set %d songs in this JVM (seed %d)%n", made, seed);
    return made;
  }

  /** Prints the side-by-side table and the targets; true when every target is met. */
  boolean report(Path work, StressLookup stress) throws IOException {
    MusicXmlReader reader = new MusicXmlReader();
    SongMetrics metrics = new SongMetrics(stress);
    List<SongReport> human = new ArrayList<>();
    List<SongReport> generated = new ArrayList<>();
    int songs = 0;
    int exact = 0;
    List<String> problems = new ArrayList<>();
    out.printf(
        Locale.ROOT,
        "%-34s %4s %4s | %6s %6s %4s | %6s %6s %4s %4s %5s %4s %5s%n",
        "song",
        "syl",
        "l2m",
        "P(s|1)",
        "P(s|0)",
        "amb",
        "P(s|1)",
        "P(s|0)",
        "amb",
        "leap",
        "tonic",
        "bars",
        "words");
    out.printf(
        Locale.ROOT, "%-44s | %-19s | %s%n", "", "human", "l2m");
    for (String row : Files.readAllLines(work.resolve("songs.tsv"), StandardCharsets.UTF_8)) {
      if (row.isBlank()) {
        continue;
      }
      String[] cols = row.split("\t", 2);
      String id = cols[0];
      songs++;
      SongReport h = metrics.evaluate(reader.read(Path.of(cols[1])), id);
      human.add(h);
      String lyrics = Files.readString(work.resolve("lyrics").resolve(id + ".txt"));
      Path g = work.resolve("generated").resolve(id + ".musicxml");
      if (!Files.exists(g)) {
        problems.add(id + ": l2m wrote no score");
        out.printf(Locale.ROOT, "%-34.34s %4d %4s | (no score from l2m)%n", id, h.syllables(), "-");
        continue;
      }
      SongReport l;
      try {
        ScoreMelody melody = reader.read(g);
        l = metrics.evaluate(melody, id);
      } catch (MusicXmlException e) {
        problems.add(id + ": " + e.getMessage());
        continue;
      }
      generated.add(l);
      LyricFidelity fidelity = LyricWords.compare(LyricWords.words(lyrics), l.words());
      if (fidelity.isExact()) {
        exact++;
      } else {
        problems.add(
            String.format(
                Locale.ROOT,
                "%s: word %d differs (expected '%s', sung '%s'); %d of %d words sung in order",
                id,
                fidelity.firstDifference() + 1,
                fidelity.expectedAt(),
                fidelity.sungAt(),
                fidelity.matchedInOrder(),
                fidelity.expectedWords()));
      }
      out.printf(
          Locale.ROOT,
          "%-34.34s %4d %4d | %6s %6s %4d | %6s %6s %4d %4d %5s %4s %5s%n",
          id,
          h.syllables(),
          l.syllables(),
          d(h.strongGivenStressed()),
          d(h.strongGivenUnstressed()),
          h.ambitus(),
          d(l.strongGivenStressed()),
          d(l.strongGivenUnstressed()),
          l.ambitus(),
          l.largestLeap(),
          l.endsOnTonic() ? "yes" : "no",
          l.completeMeasures() ? "ok" : "short",
          fidelity.isExact() ? "ok" : "LOST");
    }
    CorpusReport hc = new CorpusReport(human);
    CorpusReport lc = new CorpusReport(generated);
    out.println();
    out.printf(Locale.ROOT, "%-32s %10s %10s%n", "corpus", "human", "l2m");
    row("songs", hc.size(), lc.size());
    row("syllables", hc.syllables(), lc.syllables());
    row("P(strong | stressed)", hc.strongGivenStressed(), lc.strongGivenStressed());
    row("P(strong | unstressed)", hc.strongGivenUnstressed(), lc.strongGivenUnstressed());
    row("onsets on strong positions", hc.strongOnsetShare(), lc.strongOnsetShare());
    Histogram hi = hc.intervals();
    Histogram li = lc.intervals();
    row("repeats", hi.share(0), li.share(0));
    row("steps (1-2)", hi.shareOfMagnitude(1, 2), li.shareOfMagnitude(1, 2));
    row("leaps > 4th", hi.shareOfMagnitude(6, 12), li.shareOfMagnitude(6, 12));
    row("octave or more", hi.shareOfMagnitude(12, 12), li.shareOfMagnitude(12, 12));
    row("largest interval", hc.largestLeap(), lc.largestLeap());
    row("median ambitus", hc.medianAmbitus(), lc.medianAmbitus());
    row("max ambitus", hc.maxAmbitus(), lc.maxAmbitus());
    row("melisma share", hc.melismaShare(), lc.melismaShare());
    row("in-key share", hc.inKeyShare(), lc.inKeyShare());
    row("final note on tonic", hc.endsOnTonicShare(), lc.endsOnTonicShare());
    row("all measures complete", hc.completeMeasuresShare(), lc.completeMeasuresShare());
    out.println();
    out.println("syllable durations (quarters)   human    l2m");
    Histogram hd = hc.durations();
    Histogram ld = lc.durations();
    hd.plus(ld).counts().entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .limit(10)
        .forEach(
            e ->
                out.printf(
                    Locale.ROOT,
                    "  %-29s %6.3f %6.3f%n",
                    trim(Histogram.durationOf(e.getKey())),
                    hd.share(e.getKey()),
                    ld.share(e.getKey())));
    out.println("intervals (semitones)           human    l2m");
    for (int step = -12; step <= 12; step++) {
      if (hi.count(step) + li.count(step) > 0) {
        out.printf(Locale.ROOT, "  %-29d %6.3f %6.3f%n", step, hi.share(step), li.share(step));
      }
    }
    double intervalOverlap = hi.overlap(li);
    double durationOverlap = hd.overlap(ld);
    out.println();
    out.printf(Locale.ROOT, "interval-histogram overlap  %.3f%n", intervalOverlap);
    out.printf(Locale.ROOT, "duration-histogram overlap  %.3f%n", durationOverlap);

    out.println();
    out.println("targets");
    boolean all = true;
    all &=
        target(
            "every word sung, in order, in every song",
            exact == songs && songs > 0,
            exact + " of " + songs + " songs");
    all &=
        target(
            "P(strong | stressed) at least the human value",
            lc.strongGivenStressed() >= hc.strongGivenStressed(),
            d(lc.strongGivenStressed()) + " vs " + d(hc.strongGivenStressed()));
    all &=
        target(
            "P(strong | unstressed) at most the human value",
            lc.strongGivenUnstressed() <= hc.strongGivenUnstressed(),
            d(lc.strongGivenUnstressed()) + " vs " + d(hc.strongGivenUnstressed()));
    all &=
        target(
            "interval overlap >= " + INTERVAL_OVERLAP_TARGET,
            intervalOverlap >= INTERVAL_OVERLAP_TARGET,
            String.format(Locale.ROOT, "%.3f", intervalOverlap));
    all &=
        target(
            "duration overlap >= " + DURATION_OVERLAP_TARGET,
            durationOverlap >= DURATION_OVERLAP_TARGET,
            String.format(Locale.ROOT, "%.3f", durationOverlap));
    all &=
        target(
            "no interval over an octave",
            lc.size() > 0 && lc.largestLeap() <= 12,
            "largest " + lc.largestLeap());
    all &=
        target(
            "median ambitus within 3 semitones of the human median",
            Math.abs(lc.medianAmbitus() - hc.medianAmbitus()) <= AMBITUS_TOLERANCE,
            trim(lc.medianAmbitus()) + " vs " + trim(hc.medianAmbitus()));
    all &=
        target(
            "every song ends on its tonic",
            lc.size() == songs && lc.endsOnTonicShare() == 1.0,
            d(lc.endsOnTonicShare()));
    all &=
        target(
            "every measure complete (pickup and final bar excepted)",
            lc.size() == songs && lc.completeMeasuresShare() == 1.0,
            d(lc.completeMeasuresShare()));
    if (!problems.isEmpty()) {
      out.println();
      out.println("problems");
      problems.forEach(p -> out.println("  " + p));
    }
    return all;
  }

  private boolean target(String what, boolean ok, String value) {
    out.printf(Locale.ROOT, "  %-4s %-56s %s%n", ok ? "PASS" : "FAIL", what, value);
    return ok;
  }

  private void row(String label, double human, double l2m) {
    out.printf(Locale.ROOT, "%-32s %10s %10s%n", label, d3(human), d3(l2m));
  }

  private void row(String label, long human, long l2m) {
    out.printf(Locale.ROOT, "%-32s %10d %10d%n", label, human, l2m);
  }

  private static String d(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String d3(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String trim(double v) {
    return v == Math.rint(v)
        ? String.valueOf((long) v)
        : String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
  }
}
