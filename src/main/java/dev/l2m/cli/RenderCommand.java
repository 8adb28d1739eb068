package dev.l2m.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2m.config.FlagValueException;
import dev.l2m.output.OutputException;
import dev.l2m.output.OutputFiles;
import dev.l2m.output.RenderException;
import dev.l2m.output.Soundbanks;
import dev.l2m.output.WavRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.sound.midi.Sequence;
import javax.sound.midi.Soundbank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code l2m render}: an existing MIDI file to WAV audio with the built-in synthesizer. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Render a MIDI file to WAV audio, offline, with Java's built-in synthesizer.",
    description = {
      "",
      "Plays every track of the MIDI file with its own General MIDI instruments and writes a",
      "16-bit stereo WAV file. The same file and soundfont always give the same audio."
    },
    footerHeading = "%n",
    footer = {
      "Examples:",
      "  l2m render song.mid                       (writes song.wav)",
      "  l2m render song.mid -o take2.wav --soundfont /usr/share/sounds/sf2/FluidR3_GM.sf2",
      "  l2m render song.mid --sample-rate 22050 --force"
    })
final class RenderCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(RenderCommand.class);

  private final Environment env;

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin GlobalOptions global = new GlobalOptions();

  @Parameters(index = "0", paramLabel = "SONG.mid", description = "The Standard MIDI File to play.")
  Path midi;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE.wav",
      description = "Where to write the audio (default: the MIDI file's name with .wav).")
  Path output;

  @Option(
      names = "--soundfont",
      paramLabel = "FILE.sf2",
      description = "A SoundFont 2 bank for better instruments (default: Java's built-in bank).")
  Path soundfont;

  @Option(
      names = "--sample-rate",
      paramLabel = "HZ",
      description = "Samples per second: 22050, 44100 (default) or 48000, for example.")
  int sampleRate = WavRenderer.DEFAULT_SAMPLE_RATE;

  @Option(names = "--force", description = "Overwrite an existing WAV file.")
  boolean force;

  RenderCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Session session = Session.start(env, global, spec);
    Console console = session.console();
    Path in = env.resolve(midi);
    Path out = output != null ? env.resolve(output) : defaultOutput(in);
    String[] nameAndExtension = nameAndExtension(out.getFileName().toString());
    OutputFiles.checkBaseName(nameAndExtension[0]);
    if (Files.exists(out) && !force) {
      // checked before the (possibly slow) soundfont loading; OutputFiles checks again
      throw new OutputException(
          OutputException.Reason.ALREADY_EXISTS,
          out + " already exists; use --force to replace it or -o to choose another file.");
    }
    try {
      WavRenderer.checkSampleRate(sampleRate);
    } catch (IllegalArgumentException e) {
      throw new FlagValueException("--sample-rate: " + e.getMessage(), e);
    }
    Sequence sequence;
    WavRenderer renderer;
    try {
      sequence = WavRenderer.readMidi(in);
      renderer = new WavRenderer(bank(session), sampleRate);
    } catch (RenderException e) {
      throw new L2mException(ExitCode.USAGE, e.getMessage(), e);
    }
    WavRenderer.Rendering[] rendered = new WavRenderer.Rendering[1];
    List<Path> written;
    try {
      written = OutputFiles.write(
          out.getParent(),
          nameAndExtension[0],
          List.of(new OutputFiles.Target(nameAndExtension[1],
              stream -> rendered[0] = renderer.render(sequence, stream))),
          force);
    } catch (RenderException e) {
      throw new L2mException(ExitCode.USAGE, e.getMessage(), e);
    }
    out = written.get(0);
    WavRenderer.Rendering r = rendered[0];
    LOG.info("rendered {} to {} ({} frames at {} Hz)", in, out, r.frames(), r.sampleRate());
    console.info("wrote " + out + String.format(Locale.ROOT, " (%.1f s)", r.seconds()));
    if (session.json()) {
      ObjectNode json = JsonResult.object();
      json.put("file", out.toString());
      json.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
      json.put("sampleRate", r.sampleRate());
      json.put("frames", r.frames());
      console.result(json.toString());
    }
    return ExitCode.OK;
  }

  private Soundbank bank(Session session) {
    if (soundfont != null) {
      session.console().detail("soundfont: " + soundfont);
      return Soundbanks.fromFile(env.resolve(soundfont));
    }
    return Soundbanks.builtIn(OutputFormats.soundbankCache(session.dirs()));
  }

  /** "take2.wav" gives {"take2", "wav"}; a name without a usable extension gets ".wav". */
  static String[] nameAndExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot > 0 && fileName.substring(dot + 1).matches("[A-Za-z0-9]{1,16}")) {
      return new String[] {fileName.substring(0, dot), fileName.substring(dot + 1)};
    }
    return new String[] {fileName, "wav"};
  }

  static Path defaultOutput(Path midiFile) {
    String name = midiFile.getFileName().toString();
    String stem = name.replaceFirst("(?i)\\.(mid|midi|smf|kar)$", "");
    return midiFile.resolveSibling(stem + ".wav");
  }
}
