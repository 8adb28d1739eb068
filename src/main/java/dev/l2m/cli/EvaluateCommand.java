package dev.l2m.cli;

import dev.l2m.evaluate.Evaluation;
import dev.l2m.evaluate.Evaluator;
import dev.l2m.evaluate.ReportFormatter;
import dev.l2m.evaluate.StressLookup;
import dev.l2m.lyrics.PronouncingDictionary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code l2m evaluate FILE...}: singability and prosody metrics of MusicXML melodies. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Measure how singable a MusicXML melody is: l2m's or anyone's.",
    description = {
      "",
      "Reads .musicxml, .xml or compressed .mxl files (first part, lyric verse 1)",
      "and reports syllables per note, stressed and unstressed syllables on strong",
      "beats, intervals (repeats, steps, leaps), syllable durations, ambitus, notes",
      "in key, whether the song ends on its tonic and whether every bar is complete.",
      "Several files also get a summary over all of them."
    },
    footerHeading = "%n",
    footer = {
      "Examples:",
      "  l2m evaluate song.musicxml",
      "  l2m evaluate scores/*.mxl --json > metrics.json",
      "",
      "Exit status is 2 when a file cannot be read (the others are still reported)."
    })
final class EvaluateCommand implements Callable<Integer> {
  private final Environment env;

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin GlobalOptions global = new GlobalOptions();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "MusicXML files (.musicxml, .xml, .mxl).")
  List<Path> files = new ArrayList<>();

  EvaluateCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Session session = Session.start(env, global, spec);
    Console console = session.console();
    Evaluator evaluator = new Evaluator(stressLookup());
    List<Evaluation> results = new ArrayList<>();
    for (Path f : files) {
      results.add(evaluator.evaluate(env.resolve(f), f.toString()));
    }
    boolean failures = results.stream().anyMatch(e -> !e.succeeded());
    if (session.json()) {
      console.result(ReportFormatter.json(results).stripTrailing());
    } else {
      List<Evaluation> read = results.stream().filter(Evaluation::succeeded).toList();
      if (!read.isEmpty()) {
        console.result(ReportFormatter.text(read).stripTrailing());
      }
    }
    for (Evaluation e : results) {
      if (!e.succeeded()) {
        console.error(e.error());
      }
    }
    return failures ? ExitCode.USAGE : ExitCode.OK;
  }

  /** Dictionary stress for the stress-alignment metric: the bundled pronouncing dictionary. */
  static StressLookup stressLookup() {
    return PronouncingDictionary.bundled()::stresses;
  }
}
