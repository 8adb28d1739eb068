package dev.l2m.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.Analyzer;
import dev.l2m.analysis.EmotionMap;
import dev.l2m.analysis.LexiconAnalyzer;
import dev.l2m.batch.BarProgress;
import dev.l2m.batch.BatchException;
import dev.l2m.batch.BatchInputs;
import dev.l2m.batch.BatchListener;
import dev.l2m.batch.BatchRunner;
import dev.l2m.batch.BatchSettings;
import dev.l2m.batch.BatchSummary;
import dev.l2m.batch.GuardedAnalyzer;
import dev.l2m.batch.PlainProgress;
import dev.l2m.batch.ReportWriter;
import dev.l2m.batch.Shard;
import dev.l2m.config.Config;
import dev.l2m.config.Resolved;
import dev.l2m.config.Settings;
import dev.l2m.llm.FailureKind;
import dev.l2m.llm.LlmAnalyzer;
import dev.l2m.llm.LlmUnavailableException;
import dev.l2m.lyrics.LyricsParser;
import dev.l2m.output.AbcWriter;
import dev.l2m.output.JsonWriter;
import dev.l2m.output.SongWriter;
import dev.l2m.output.SongWriters;
import dev.l2m.pipeline.SongPipeline;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code l2m batch}: many lyrics in, one melody each out; resumable, parallel, shardable. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Compose melodies for many lyrics at once, for scripts and pipelines.",
    description = {
      "",
      "INPUT is a lyrics file, a folder of *.txt files, a JSON Lines file (.jsonl:",
      "one object per line with \"lyrics\" and optional \"id\" or \"title\", key,",
      "tempo, time, emotion, seed, voice, chords), a CSV file (.csv: a header row",
      "naming the same columns), or '-' to read a list of such paths from stdin.",
      "An item's own values override the flags below.",
      "",
      "Files are named from the id or title, made safe and unique inside DIR. A",
      "failed item is recorded and the batch goes on. Finished items are journaled",
      "in DIR as they end, so --resume after a crash or a kill makes only what is",
      "missing."
    },
    footerHeading = "%n",
    footer = {
      "Examples:",
      "  l2m batch lyrics/ -o out --report out/report.json",
      "  l2m batch songs.csv -o out --jobs 4 --key D",
      "  find . -name '*.txt' | l2m batch - -o out",
      "  l2m batch songs.jsonl -o out --shard 2/8     (part 2 of 8)",
      "  l2m batch songs.jsonl -o out --resume",
      "",
      "Exit codes: 0 every item made, 7 some items failed (see --report),",
      "  2 bad usage, 5 DIR holds an earlier batch (use --resume or --force),",
      "  6 DIR not writable."
    })
final class BatchCommand implements Callable<Integer> {
  /** Plain progress lines at most this often when stderr is not a terminal. */
  private static final long PLAIN_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final Environment env;

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin GlobalOptions global = new GlobalOptions();

  @Mixin LlmOptions llmOptions = new LlmOptions();

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Lyrics files, folders of *.txt, .jsonl or .csv files; '-' reads a list of paths from stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-o", "--output-dir"},
      paramLabel = "DIR",
      description = "Directory to write into (default: the current directory).")
  String outputDir;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Items made at the same time (default: the number of processors, ${DEFAULT-VALUE} here).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--fail-fast", description = "Stop at the first failed item.")
  boolean failFast;

  @Option(
      names = "--resume",
      description = "Continue an earlier run into the same DIR: skip finished items, redo the rest.")
  boolean resume;

  @Option(
      names = "--shard",
      paramLabel = "I/N",
      description = "Make only part I of N (1 <= I <= N): item k goes to part (k mod N) + 1, so N machines can split one input.")
  String shard;

  @Option(names = "--report", paramLabel = "FILE", description = "Write a JSON report: every item's status, files, timings and error, and the totals.")
  String report;

  @Option(
      names = "--rate-limit",
      paramLabel = "RPM",
      description = "Language-model requests per minute for the whole batch (default: no limit); slows down further when the service answers 429.")
  int rateLimit;

  @Option(
      names = "--log-format",
      paramLabel = "FORMAT",
      description = "Log file format: text or json (one JSON object per line, with each item's correlation id).")
  String logFormat = "text";

  @Option(
      names = "--format",
      paramLabel = "LIST",
      description = "Comma-separated formats (default: midi,musicxml). Known: ${COMPLETION-CANDIDATES}.",
      completionCandidates = BatchFormats.class)
  String format;

  @Option(names = "--force", description = "Overwrite existing files and start over an earlier batch in DIR.")
  boolean force;

  @Option(names = {"-k", "--key"}, paramLabel = "KEY", description = "Key for every item, e.g. C, F#m, Bb major.")
  String key;

  @Option(names = {"-t", "--tempo"}, paramLabel = "BPM", description = "Tempo for every item (30-240).")
  String tempo;

  @Option(names = "--time", paramLabel = "METER", description = "Time signature for every item: 4/4, 3/4, 2/4 or 6/8.")
  String time;

  @Option(names = {"-e", "--emotion"}, paramLabel = "NAME", description = "Emotion for every item (default: analysed per item).")
  String emotion;

  @Option(names = "--voice", paramLabel = "VOICE", description = "soprano, alto, tenor, bass, or a range such as C4-A5.")
  String voice;

  @Option(names = "--seed", paramLabel = "N", description = "One seed for every item (default: derived from each item's lyrics).")
  Long seed;

  @Option(names = "--chords", negatable = true, description = "Chord symbols and an accompaniment track (default: on).")
  Boolean chords;

  @Option(names = "--offline", description = "Never call a language model (the default when none is configured).")
  boolean offline;

  @Option(names = "--emotion-map", paramLabel = "FILE", description = "Your own emotion map (JSON, see config/emotions.json).")
  String emotionMap;

  BatchCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    boolean jsonLog = parseLogFormat();
    Shard part = parseShard();
    if (rateLimit < 0) {
      throw new L2mException(ExitCode.USAGE, "--rate-limit must be 0 (no limit) or more requests per minute");
    }
    if (jobs < 1 || jobs > 256) {
      throw new L2mException(ExitCode.USAGE, "--jobs " + jobs + " is out of range: use 1 to 256");
    }
    Session session = Session.start(env, global, spec, jsonLog);
    Console console = session.console();
    Config config = session.config(flags());
    EmotionMap map = SettingChecks.emotionMap(config, env, console);
    // checked now, so a bad --format stops the batch before any item is made
    selectWriters(config, null, null);
    BatchSettings settings =
        new BatchSettings(
            config.get(Settings.KEY),
            config.get(Settings.TIME),
            config.get(Settings.TEMPO),
            config.get(Settings.EMOTION),
            config.get(Settings.VOICE),
            config.get(Settings.CHORDS),
            seed);
    if (settings.emotion() != null) {
      SettingChecks.checkEmotion(map, config.resolved(Settings.EMOTION));
    }
    Path dir = env.resolve(config.get(Settings.OUTPUT_DIR));
    // one pipeline for all workers: parser, lexicon analyser, emotion map and composer keep no
    // per-call state; a language-model analyser plugs in here as the Analyzer
    Analyzer offlineAnalyzer = new LexiconAnalyzer(map);
    Optional<LlmAnalyzer> llm = LlmSetup.llm(config, session.dirs(), map, console);
    Analyzer analyzer =
        llm.<Analyzer>map(m -> guarded(m, offlineAnalyzer, config)).orElse(offlineAnalyzer);
    SongPipeline pipeline = new SongPipeline(LyricsParser.withBundledDictionary(), analyzer, map);
    String runId = UUID.randomUUID().toString().substring(0, 8);
    BatchRunner runner =
        new BatchRunner(
            pipeline,
            new BatchRunner.Options(
                dir, g -> selectWriters(config, g.analysis(), g.seed()), settings, jobs, failFast, resume,
                force, part),
            new BatchRunner.Defaults(GenerateCommand::defaultTitle, GenerateCommand::seedFrom),
            runId);

    BatchSummary summary;
    ReportWriter reportWriter = null;
    BarProgress bar = null;
    try {
      BatchInputs items = BatchInputs.of(inputPaths());
      List<BatchListener> listeners = new ArrayList<>();
      if (!console.isQuiet()) {
        if (env.interactive()) {
          bar = new BarProgress(console.err(), terminalWidth());
          listeners.add(bar);
        } else {
          listeners.add(new PlainProgress(console.err(), System::nanoTime, PLAIN_INTERVAL_NANOS));
        }
      }
      if (report != null) {
        reportWriter = new ReportWriter(env.resolve(Path.of(report)), runId, part, dir);
        listeners.add(reportWriter);
      }
      summary = runner.run(items, BatchListener.all(listeners));
    } catch (BatchException e) {
      throw new L2mException(exitCodeOf(e), e.getMessage(), e);
    } finally {
      if (bar != null) {
        bar.close();
      }
      closeQuietly(reportWriter);
      llm.ifPresent(LlmAnalyzer::close);
    }

    console.info(summaryLine(summary, dir));
    if (summary.total() == 0) {
      console.warn("no items found in the inputs" + (part.isWhole() ? "" : " for shard " + part));
    }
    if (!summary.allSucceeded()) {
      console.warn(
          summary.failed() + (summary.failed() == 1 ? " item" : " items") + " failed"
              + (summary.notRun() > 0 ? " and " + summary.notRun() + " were not started (--fail-fast)" : "")
              + (report != null ? "; see " + report : "; --report FILE lists every error")
              + ". Fix them and run again with --resume to make only what is missing.");
    }
    if (session.json()) {
      console.result(json(summary, dir));
    }
    return summary.allSucceeded() ? ExitCode.OK : ExitCode.BATCH_FAILURES;
  }

  /**
   * One model for all workers behind a shared rate limit and circuit breaker: after three
   * failures in a row items go straight to the offline analysis (or fail, with --no-fallback)
   * for 30 seconds instead of each waiting out its own retries.
   */
  private Analyzer guarded(LlmAnalyzer llm, Analyzer offline, Config config) {
    boolean noFallback = Boolean.TRUE.equals(config.get(Settings.NO_FALLBACK));
    return new GuardedAnalyzer(
        llm,
        noFallback ? null : offline,
        new GuardedAnalyzer.Limits(rateLimit, 3, Duration.ofSeconds(30)),
        System::nanoTime,
        TimeUnit.NANOSECONDS::sleep,
        e -> e instanceof LlmUnavailableException
            && ((LlmUnavailableException) e).kind() == FailureKind.RATE_LIMITED);
  }

  private boolean parseLogFormat() {
    switch (logFormat.toLowerCase(Locale.ROOT)) {
      case "text":
        return false;
      case "json":
        return true;
      default:
        throw new L2mException(ExitCode.USAGE, "--log-format '" + logFormat + "' is unknown: use text or json");
    }
  }

  private Shard parseShard() {
    if (shard == null) {
      return Shard.ALL;
    }
    try {
      return Shard.parse(shard);
    } catch (IllegalArgumentException e) {
      throw new L2mException(ExitCode.USAGE, "--shard: " + e.getMessage(), e);
    }
  }

  private List<Path> inputPaths() {
    List<Path> paths = new ArrayList<>();
    boolean stdinUsed = false;
    for (String input : inputs) {
      if (input.equals("-")) {
        if (stdinUsed) {
          continue;
        }
        stdinUsed = true;
        try {
          paths.addAll(
              BatchInputs.pathList(new InputStreamReader(env.stdin(), StandardCharsets.UTF_8), env.workingDir()));
        } catch (IOException e) {
          throw new L2mException(ExitCode.USAGE, "cannot read the list of inputs from stdin: " + e.getMessage(), e);
        }
      } else {
        paths.add(env.resolve(Path.of(input)));
      }
    }
    if (stdinUsed && paths.isEmpty()) {
      throw new L2mException(ExitCode.USAGE, "the list of inputs on stdin is empty: give one path per line");
    }
    return paths;
  }

  private int terminalWidth() {
    String columns = env.get("COLUMNS");
    try {
      return columns == null ? 80 : Math.max(40, Integer.parseInt(columns.strip()));
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  static int exitCodeOf(BatchException e) {
    switch (e.reason()) {
      case USAGE:
        return ExitCode.USAGE;
      case EARLIER_RUN:
        return ExitCode.OUTPUT_EXISTS;
      case INTERRUPTED:
        return ExitCode.INTERRUPTED;
      default:
        return ExitCode.OUTPUT_FAILED;
    }
  }

  private static void closeQuietly(ReportWriter w) {
    if (w == null) {
      return;
    }
    try {
      w.close();
    } catch (IOException e) {
      // the run's own outcome is what the user needs; a leftover temp report is harmless
    }
  }

  private String summaryLine(BatchSummary s, Path dir) {
    return String.format(
        Locale.ROOT,
        "batch: %d made, %d failed, %d already done, in %.1f s (%.1f items/s) into %s",
        s.succeeded(), s.failed(), s.skipped(), s.elapsed().toMillis() / 1000.0, s.itemsPerSecond(), dir);
  }

  static String json(BatchSummary s, Path dir) {
    ObjectNode root = JsonResult.object();
    root.put("outputDir", dir.toString());
    root.put("items", s.total());
    root.put("succeeded", s.succeeded());
    root.put("failed", s.failed());
    root.put("skipped", s.skipped());
    root.put("notRun", s.notRun());
    root.put("elapsedMillis", s.elapsed().toMillis());
    return root.toString();
  }

  private Map<String, String> flags() {
    Map<String, String> f = new LinkedHashMap<>();
    SettingChecks.putFlag(f, Settings.KEY, key);
    SettingChecks.putFlag(f, Settings.TEMPO, tempo);
    SettingChecks.putFlag(f, Settings.TIME, time);
    SettingChecks.putFlag(f, Settings.EMOTION, emotion);
    SettingChecks.putFlag(f, Settings.VOICE, voice);
    SettingChecks.putFlag(f, Settings.CHORDS, chords == null ? null : chords.toString());
    SettingChecks.putFlag(f, Settings.FORMAT, format);
    SettingChecks.putFlag(f, Settings.OUTPUT_DIR, outputDir);
    SettingChecks.putFlag(f, Settings.EMOTION_MAP, emotionMap);
    SettingChecks.putFlag(f, Settings.OFFLINE, offline ? "true" : null);
    llmOptions.addTo(f);
    return f;
  }



  /**
   * The formats a batch can write: those of generate but WAV, whose software synthesizer is
   * not meant to render on several threads at once.
   */
  static SongWriters batchWriters(boolean chords, Analysis analysis, Long seed) {
    return SongWriters.standard(chords).with(new AbcWriter()).with(new JsonWriter(analysis, seed));
  }

  /** Format names for help and completion. */
  static final class BatchFormats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return batchWriters(true, null, null).formats().iterator();
    }
  }

  private static List<SongWriter> selectWriters(Config config, Analysis analysis, Long seed) {
    Resolved<List<String>> formats = config.resolved(Settings.FORMAT);
    try {
      return batchWriters(config.get(Settings.CHORDS), analysis, seed).select(String.join(",", formats.value()));
    } catch (IllegalArgumentException e) {
      throw SettingChecks.invalid(formats, e);
    }
  }
}
