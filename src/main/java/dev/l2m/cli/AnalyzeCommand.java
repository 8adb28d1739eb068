package dev.l2m.cli;

import dev.l2m.lyrics.LyricsParser;
import dev.l2m.lyrics.LyricsReport;
import dev.l2m.lyrics.ParsedLyrics;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code l2m analyze}: how l2m reads the lyrics: syllables, stress, sung forms, metre. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Show how l2m reads lyrics: syllables, stress, sung forms and metre.",
    description = {
      "",
      "Prints each line with its syllable count and its words split into sung syllables:",
      "CAPITALS for primary stress, Capitalised for secondary, lower case for unstressed.",
      "Words the pronouncing dictionary lacks are split by spelling rules (marked *).",
      "When the lines follow a regular metre, words such as 'every' or 'heaven' may be sung",
      "one syllable shorter (ev'ry, heav'n); the output says where and why."
    },
    footerHeading = "%n",
    footer = {
      "Examples:",
      "  l2m analyze --lyrics \"Amazing grace, how sweet the sound\"",
      "  l2m analyze --lyrics-file song.txt --json > syllables.json",
      "",
      "Lyrics notation: 'beau--ti--ful' forces a split; 'love__' holds a syllable over",
      "two more notes; a lone '_' extends the syllable before it."
    })
final class AnalyzeCommand implements Callable<Integer> {
  private final Environment env;

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin GlobalOptions global = new GlobalOptions();

  @ArgGroup(exclusive = true, multiplicity = "1")
  LyricsSource source;

  static final class LyricsSource {
    @Option(
        names = "--lyrics",
        paramLabel = "TEXT",
        description = "The lyrics (use \\n or a real newline between lines; '-' reads stdin).")
    String text;

    @Option(
        names = {"-f", "--lyrics-file"},
        paramLabel = "FILE",
        description = "Read the lyrics from a UTF-8 text file ('-' reads stdin).")
    String file;
  }

  AnalyzeCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Session session = Session.start(env, global, spec);
    Console console = session.console();
    ParsedLyrics parsed = LyricsParser.withBundledDictionary().parseDetailed(LyricsInput.read(source.text, source.file, env));
    if (session.json()) {
      console.result(json(parsed));
    } else {
      console.result(LyricsReport.text(parsed).stripTrailing());
    }
    return ExitCode.OK;
  }

  static String json(ParsedLyrics parsed) {
    return JsonResult.pretty(LyricsReport.report(parsed));
  }

}
