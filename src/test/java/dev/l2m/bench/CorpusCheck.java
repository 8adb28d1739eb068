package dev.l2m.bench;

import dev.l2m.evaluate.CorpusReport;
import dev.l2m.evaluate.Histogram;
import dev.l2m.evaluate.MusicXmlException;
import dev.l2m.evaluate.MusicXmlReader;
import dev.l2m.evaluate.SongMetrics;
import dev.l2m.evaluate.SongReport;
import dev.l2m.evaluate.StressLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Scratch: corpus numbers. */
public final class CorpusCheck {
  private CorpusCheck() {}

  public static void main(String[] args) throws Exception {
    StressLookup stress = args.length > 1 ? CmuStressFile.load(Path.of(args[1])) : StressLookup.none();
    MusicXmlReader reader = new MusicXmlReader();
    SongMetrics metrics = new SongMetrics(stress);
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      files = s.filter(p -> p.toString().endsWith(".mxl")).sorted().toList();
    }
    List<SongReport> reports = new ArrayList<>();
    for (Path f : files) {
      try {
        SongReport r = metrics.evaluate(reader.read(f), f.getFileName().toString());
        reports.add(r);
        System.out.printf("%-50.50s %5s %-10s syl=%4d amb=%2d tonic=%s compl=%s pStr=%.2f %s%n", r.source(), r.time(), r.key(), r.syllables(), r.ambitus(), r.endsOnTonic(), r.completeMeasures(), r.strongGivenStressed(), r.incompleteMeasures());
      } catch (MusicXmlException e) {
        System.out.println("FAIL " + e.getMessage());
      }
    }
    CorpusReport c = new CorpusReport(reports);
    Histogram iv = c.intervals();
    Histogram du = c.durations();
    System.out.printf("songs %d syll %d%n", c.size(), c.syllables());
    System.out.printf("P(s|1)=%.3f P(s|0)=%.3f strong=%.3f%n", c.strongGivenStressed(), c.strongGivenUnstressed(), c.strongOnsetShare());
    System.out.printf("rep %.3f steps %.3f leaps %.3f oct %.4f%n", iv.share(0), iv.shareOfMagnitude(1, 2), iv.shareOfMagnitude(6, 12), iv.shareOfMagnitude(12, 12));
    System.out.printf("median amb %.1f max %d melisma %.4f tonic %.3f complete %.3f inkey %.3f%n", c.medianAmbitus(), c.maxAmbitus(), c.melismaShare(), c.endsOnTonicShare(), c.completeMeasuresShare(), c.inKeyShare());
    du.counts().entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(8)
        .forEach(e -> System.out.printf("dur %.3f: %.3f%n", Histogram.durationOf(e.getKey()), du.share(e.getKey())));
  }
}
