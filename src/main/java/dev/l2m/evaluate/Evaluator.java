package dev.l2m.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and measures MusicXML files; one unreadable file does not stop the others. */
public final class Evaluator {
  private final MusicXmlReader reader;
  private final SongMetrics metrics;

  public Evaluator(StressLookup stress) {
    this(new MusicXmlReader(), new SongMetrics(stress));
  }

  public Evaluator(MusicXmlReader reader, SongMetrics metrics) {
    this.reader = reader;
    this.metrics = metrics;
  }

  /** Measures one file, named by its path. */
  public Evaluation evaluate(Path file) {
    return evaluate(file, file.toString());
  }

  /**
   * Measures one file.
   *
   * @param source how reports and errors name it (the path as the user typed it)
   */
  public Evaluation evaluate(Path file, String source) {
    try {
      return new Evaluation(source, metrics.evaluate(reader.read(file, source), source), null);
    } catch (MusicXmlException e) {
      return new Evaluation(source, null, e.getMessage());
    }
  }

  /** Measures files in order. */
  public List<Evaluation> evaluate(List<Path> files) {
    List<Evaluation> out = new ArrayList<>();
    for (Path f : files) {
      out.add(evaluate(f));
    }
    return List.copyOf(out);
  }
}
