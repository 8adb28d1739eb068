package dev.l2m.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.EmotionMap;
import dev.l2m.analysis.Analyzer;
import dev.l2m.analysis.LexiconAnalyzer;
import dev.l2m.llm.LlmAnalyzer;
import dev.l2m.config.Config;
import dev.l2m.config.Resolved;
import dev.l2m.config.Settings;
import dev.l2m.lyrics.LyricsParser;
import dev.l2m.output.OutputException;
import dev.l2m.output.OutputFiles;
import dev.l2m.output.SongWriter;
import dev.l2m.output.AudioSettings;
import dev.l2m.pipeline.Generation;
import dev.l2m.pipeline.GenerationRequest;
import dev.l2m.pipeline.SongPipeline;
import dev.l2m.score.Note;
import dev.l2m.score.Song;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code l2m generate}: lyrics in, MIDI and MusicXML (and more) out. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Compose a melody for lyrics and write it as MIDI and MusicXML.",
    description = {
      "",
      "Each lyric line becomes a phrase; stressed syllables land on strong beats;",
      "one note per syllable. The same lyrics and --seed always give the same files.",
      ""
    },
    footerHeading = "%n",
    footer = {
      "Examples:",
      "  l2m generate --lyrics \"Amazing grace, how sweet the sound\" --out grace",
      "  l2m generate -f verse.txt -o out --out verse --key Bb --time 6/8 --voice alto",
      "",
      "Lyrics notation: 'beau--ti--ful' forces a split; see the README for melismas."
    })
final class GenerateCommand implements Callable<Integer> {

  private final Environment env;

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin GlobalOptions global = new GlobalOptions();

  @Mixin LlmOptions llmOptions = new LlmOptions();

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

  @Option(
      names = "--out",
      paramLabel = "NAME",
      description = "Base file name, without extension or directory (default: from the title).")
  String out;

  @Option(
      names = {"-o", "--output-dir"},
      paramLabel = "DIR",
      description = "Directory to write into (default: the current directory).")
  String outputDir;

  @Option(
      names = "--format",
      paramLabel = "LIST",
      description = "Comma-separated formats (default: midi,musicxml). Known: ${COMPLETION-CANDIDATES}.",
      completionCandidates = FormatCandidates.class)
  String format;

  @Option(names = "--audio", description = "Also write NAME.wav (same as adding wav to --format).")
  boolean audio;

  @Option(
      names = "--soundfont",
      paramLabel = "FILE.sf2",
      description = "SoundFont 2 bank for WAV output (default: Java's built-in instruments).")
  Path soundfont;

  @Option(
      names = "--sample-rate",
      paramLabel = "HZ",
      description = "WAV sample rate: 22050, 44100 (default) or 48000, for example.")
  Integer sampleRate;

  @Option(names = "--force", description = "Overwrite existing files.")
  boolean force;

  @Option(names = "--title", paramLabel = "TEXT", description = "Song title (default: the first line).")
  String title;

  @Option(names = {"-k", "--key"}, paramLabel = "KEY", description = "Key, e.g. C, F#m, Bb major, D dorian.")
  String key;

  @Option(names = {"-t", "--tempo"}, paramLabel = "BPM", description = "Tempo in quarter notes per minute (30-240).")
  String tempo;

  @Option(names = "--time", paramLabel = "METER", description = "Time signature: 4/4, 3/4, 2/4 or 6/8.")
  String time;

  @Option(
      names = {"-e", "--emotion"},
      paramLabel = "NAME",
      description = "Emotion or synonym from the emotion map (default: analysed from the lyrics).")
  String emotion;

  @Option(names = "--voice", paramLabel = "VOICE", description = "soprano, alto, tenor, bass, or a range such as C4-A5.")
  String voice;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: derived from the lyrics, so reruns match).")
  Long seed;

  @Option(
      names = "--chords",
      negatable = true,
      description = "Chord symbols in the score and an accompaniment track in MIDI (default: on).")
  Boolean chords;

  @Option(names = "--offline", description = "Never call a language model (the default when none is configured).")
  boolean offline;

  @Option(names = "--emotion-map", paramLabel = "FILE", description = "Your own emotion map (JSON, see config/emotions.json).")
  String emotionMap;

  GenerateCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Session session = Session.start(env, global, spec);
    Console console = session.console();
    Config config = session.config(flags());
    EmotionMap map = SettingChecks.emotionMap(config, env, console);
    Resolved<String> emotionSetting = config.resolved(Settings.EMOTION);
    if (emotionSetting.value() != null) {
      SettingChecks.checkEmotion(map, emotionSetting);
    }
    AudioSettings audioSettings = OutputFormats.audio(
        soundfont == null ? null : env.resolve(soundfont), sampleRate,
        OutputFormats.soundbankCache(session.dirs()));
    List<SongWriter> writers = selectWriters(config, audioSettings, null, null);
    String lyricsText = LyricsInput.read(source.text, source.file, env);
    String songTitle = title != null ? title.strip() : defaultTitle(lyricsText);
    String baseName = out != null ? out : OutputFiles.sanitize(songTitle);
    OutputFiles.checkBaseName(baseName);
    long usedSeed = seed != null ? seed : seedFrom(lyricsText);

    Analyzer offlineAnalyzer = new LexiconAnalyzer(map);
    Optional<LlmAnalyzer> llm = LlmSetup.llm(config, session.dirs(), map, console);
    Analyzer analyzer =
        llm.map(m -> LlmSetup.withFallback(m, offlineAnalyzer, console)).orElse(offlineAnalyzer);
    SongPipeline pipeline = new SongPipeline(LyricsParser.withBundledDictionary(), analyzer, map);
    Generation g;
    try {
      g = pipeline.generate(
            new GenerationRequest(
                lyricsText,
                songTitle,
                config.get(Settings.KEY),
                config.get(Settings.TIME),
                config.get(Settings.TEMPO),
                emotionSetting.value(),
                config.get(Settings.VOICE),
                config.get(Settings.CHORDS),
                usedSeed));
    } finally {
      llm.ifPresent(LlmAnalyzer::close);
    }
    Song song = g.song();
    Path dir = env.resolve(config.get(Settings.OUTPUT_DIR));
    // the JSON writer records the analysis and the seed, known only now
    writers = selectWriters(config, audioSettings, g.analysis(), usedSeed);
    List<Path> files = OutputFiles.writeSong(dir, baseName, song, writers, force);
    // not a static field: the logger would be made while picocli builds the command, before
    // Warmup has set logging up on its own thread
    Logger log = LoggerFactory.getLogger(GenerateCommand.class);
    log.info("wrote {} ({} notes, {}, {} bpm, {}, seed {})", files, song.notes().size(),
        song.key(), song.tempo(), song.time(), usedSeed);

    if (!g.analysis().note().isEmpty()) {
      console.detail("analysis: " + g.analysis().note());
    }
    for (Path f : files) {
      console.info("wrote " + display(f));
    }
    console.info(summary(g));
    if (session.json()) {
      console.result(json(g, files));
    }
    return ExitCode.OK;
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



  private List<SongWriter> selectWriters(
      Config config, AudioSettings audioSettings, Analysis analysis, Long usedSeed) {
    Resolved<List<String>> formats = config.resolved(Settings.FORMAT);
    String names = String.join(",", formats.value()) + (audio ? ",wav" : "");
    try {
      return OutputFormats.all(config.get(Settings.CHORDS), audioSettings, analysis, usedSeed)
          .select(names);
    } catch (IllegalArgumentException e) {
      throw SettingChecks.invalid(formats, e);
    }
  }


  static String defaultTitle(String lyricsText) {
    for (String line : lyricsText.split("\n")) {
      String t = line.strip();
      if (!t.isEmpty() && !(t.startsWith("[") && t.endsWith("]"))) {
        t = t.replaceAll("[\\p{Punct}&&[^'’]]+$", "");
        return t.length() > 60 ? t.substring(0, 60).strip() : t;
      }
    }
    return "Untitled";
  }

  /** A seed that depends only on the lyrics, so the same lyrics give the same song by default. */
  static long seedFrom(String lyricsText) {
    // a checksum, not a cryptographic digest: any well-spread function of the text will do, and
    // setting up the JDK's security providers for SHA-256 cost every run about 10 ms
    CRC32C crc = new CRC32C();
    crc.update(lyricsText.strip().getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 1_000_000;
  }

  private String display(Path f) {
    Path rel = f;
    try {
      rel = env.workingDir().relativize(f);
    } catch (IllegalArgumentException e) {
      rel = f;
    }
    return rel.toString().startsWith("..") ? f.toString() : rel.toString();
  }

  private static String summary(Generation g) {
    Song s = g.song();
    return String.format(
        "%s, %s, %d bpm, %d notes in %d bars, %s (%s), seed %d",
        s.key().displayName(), s.time(), s.tempo(), s.notes().size(), s.measureCount(),
        g.profile().name(), g.analysis().source().label(), g.seed());
  }

  static String json(Generation g, List<Path> files) {
    ObjectNode root = JsonResult.object();
    ArrayNode fs = root.putArray("files");
    files.forEach(f -> fs.add(f.toString()));
    Song s = g.song();
    root.put("title", s.title());
    root.put("key", s.key().tonicName());
    root.put("mode", s.key().mode().xmlName());
    root.put("tempo", s.tempo());
    root.put("time", s.time().toString());
    root.put("voice", s.voice().name());
    root.put("syllables", g.lyrics().syllableCount());
    root.put("notes", s.notes().size());
    root.put("measures", s.measureCount());
    int low = s.notes().stream().mapToInt(Note::pitch).min().orElse(0);
    int high = s.notes().stream().mapToInt(Note::pitch).max().orElse(0);
    root.put("ambitus", high - low);
    root.put("chords", s.chords().size());
    root.put("seed", g.seed());
    root.put("emotion", g.profile().name());
    Analysis a = g.analysis();
    ObjectNode an = root.putObject("analysis");
    an.put("source", a.source().label());
    an.put("emotion", a.emotion());
    an.put("valence", round(a.valence()));
    an.put("arousal", round(a.arousal()));
    an.put("confidence", round(a.confidence()));
    ArrayNode emphasis = an.putArray("emphasis");
    a.emphasis().forEach(emphasis::add);
    if (!a.note().isEmpty()) {
      an.put("note", a.note());
    }
    return JsonResult.pretty(root);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** Format names for completion and help. */
  static final class FormatCandidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return OutputFormats.names().iterator();
    }
  }
}
