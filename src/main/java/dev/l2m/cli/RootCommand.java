package dev.l2m.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code l2m}: without a subcommand, options go to {@code generate} (see {@link Cli}). */
@Command(
    name = "l2m",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Turn song lyrics into a singable melody.",
    synopsisHeading = "%nUsage: ",
    customSynopsis = {
      "l2m --lyrics TEXT | --lyrics-file FILE | --lyrics-file - [--out NAME] [OPTIONS]",
      "       l2m COMMAND [OPTIONS]"
    },
    description = {
      "",
      "Writes NAME.mid and NAME.musicxml with one lyric syllable on each note,",
      "ready for MuseScore, a DAW or a vocal synthesizer. Works offline; no API key",
      "needed. Without a command, l2m runs 'generate' ('l2m generate --help' lists",
      "its options).",
      ""
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%n",
    footer = {
      "Examples:",
      "  l2m --lyrics \"Twinkle twinkle little star\" --out star",
      "  l2m --lyrics-file song.txt --out song --key D --time 3/4 --emotion tender",
      "  cat song.txt | l2m --lyrics-file - --out song --json",
      "",
      "Exit codes:",
      "  0 success              1 internal error          2 bad usage or input",
      "  3 bad configuration    4 language model unavailable (--no-fallback)",
      "  5 output exists (use --force)                     6 output not writable",
      "  7 batch had failures   8 language model refused the API key   130 interrupted",
      "",
      "Environment: every setting can be given as L2M_<NAME> (L2M_TEMPO, L2M_KEY, ...);",
      "  L2M_CONFIG (config file), L2M_LOG_DIR (log directory), L2M_API_KEY, NO_COLOR.",
      "  See 'l2m config show' for the effective settings and where they come from."
    })
final class RootCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    cl.getErr().println("l2m: no lyrics given.");
    cl.getErr().println("Usage: l2m --lyrics TEXT --out NAME   (or: l2m COMMAND ...)");
    cl.getErr().println("See 'l2m --help' for more information.");
    cl.getErr().flush();
    return ExitCode.USAGE;
  }
}
