package dev.l2m.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Receiver;
import javax.sound.midi.Sequence;
import javax.sound.midi.Soundbank;
import javax.sound.midi.Synthesizer;
import javax.sound.midi.Track;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Renders MIDI to a 16-bit stereo WAV file with the JDK's software synthesizer, offline and
 * faster than real time. The same sequence and soundbank give the same bytes.
 *
 * <p>One renderer holds one loaded soundbank; reuse it for many files (loading a large
 * soundfont is the slow part).
 */
public final class WavRenderer {
  /** CD-quality rate, the default. */
  public static final int DEFAULT_SAMPLE_RATE = 44_100;

  /** Audio kept after the last MIDI event so that notes and reverb can ring out. */
  public static final long RELEASE_TAIL_MICROS = 1_500_000L;

  private static final int MIN_SAMPLE_RATE = 8_000;
  private static final int MAX_SAMPLE_RATE = 192_000;
  private static final int MICROS_PER_QUARTER_AT_120 = 500_000;
  private static final int TEMPO_META = 0x51;

  private final Soundbank soundbank;
  private final int sampleRate;

  /**
   * @param soundbank the instruments ({@link Soundbanks#builtIn} or {@link Soundbanks#fromFile})
   * @param sampleRate frames per second, 8000..192000 (22050, 44100 and 48000 are usual)
   */
  public WavRenderer(Soundbank soundbank, int sampleRate) {
    this.soundbank = Objects.requireNonNull(soundbank, "soundbank");
    this.sampleRate = checkSampleRate(sampleRate);
  }

  /**
   * Returns {@code sampleRate} when it is usable.
   *
   * @throws IllegalArgumentException with a message for the user otherwise
   */
  public static int checkSampleRate(int sampleRate) {
    if (sampleRate < MIN_SAMPLE_RATE || sampleRate > MAX_SAMPLE_RATE) {
      throw new IllegalArgumentException(
          "sample rate " + sampleRate + " is out of range; use a value from " + MIN_SAMPLE_RATE
              + " to " + MAX_SAMPLE_RATE + " such as 22050, 44100 or 48000");
    }
    return sampleRate;
  }

  /** The audio format written: signed 16-bit little-endian stereo PCM. */
  public AudioFormat format() {
    return new AudioFormat(sampleRate, 16, 2, true, false);
  }

  /**
   * What was written.
   *
   * @param frames sample frames per channel
   * @param sampleRate frames per second
   * @param musicMicros length of the MIDI itself, without the release tail
   */
  public record Rendering(long frames, int sampleRate, long musicMicros) {
    /** Seconds of audio written (music plus release tail). */
    public double seconds() {
      return frames / (double) sampleRate;
    }
  }

  /** Renders {@code sequence} as a WAV file to {@code out} (which is not closed). */
  public Rendering render(Sequence sequence, OutputStream out) throws IOException {
    List<TimedMessage> messages = timeline(sequence);
    long musicMicros = microsAt(sequence, sequence.getTickLength(), tempoMap(sequence));
    long frames = (musicMicros + RELEASE_TAIL_MICROS) * sampleRate / 1_000_000L;
    Synthesizer synthesizer = GervillAccess.newSynthesizer();
    try {
      AudioInputStream stream;
      try {
        stream = GervillAccess.openStream(synthesizer, format(), synthesizerProperties());
      } catch (MidiUnavailableException e) {
        throw new RenderException(
            "The built-in synthesizer could not start (" + e.getMessage() + ").", e);
      }
      if (!synthesizer.loadAllInstruments(soundbank)) {
        throw new RenderException(
            "The soundbank has no instruments this synthesizer can play; try another .sf2 file.");
      }
      Receiver receiver = synthesizer.getReceiver();
      for (TimedMessage m : messages) {
        receiver.send(m.message(), m.micros());
      }
      AudioInputStream limited = new AudioInputStream(stream, format(), frames);
      AudioSystem.write(limited, AudioFileFormat.Type.WAVE, out);
      return new Rendering(frames, sampleRate, musicMicros);
    } catch (MidiUnavailableException e) {
      throw new RenderException(
          "The built-in synthesizer has no MIDI input (" + e.getMessage() + ").", e);
    } finally {
      synthesizer.close();
    }
  }

  /**
   * Renders {@code sequence} to {@code target} (replacing it), writing a temporary file next to
   * it first and moving it into place, so a failed render never leaves a half-written WAV
   * behind. The file gets the usual permissions for new files.
   */
  public Rendering render(Sequence sequence, Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = dir.resolve(".l2m-" + UUID.randomUUID() + ".wav.tmp");
    try {
      Rendering rendering;
      try (OutputStream out = new BufferedOutputStream(
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
        rendering = render(sequence, out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return rendering;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Renders an existing Standard MIDI File to {@code target}. */
  public Rendering renderMidiFile(Path midiFile, Path target) throws IOException {
    return render(readMidi(midiFile), target);
  }

  /**
   * Reads a Standard MIDI File.
   *
   * @throws RenderException when the file is missing or not MIDI
   */
  public static Sequence readMidi(Path midiFile) {
    if (!Files.isRegularFile(midiFile)) {
      throw new RenderException(
          "MIDI file " + midiFile + " does not exist; give the path of a .mid file.");
    }
    try {
      return MidiSystem.getSequence(midiFile.toFile());
    } catch (InvalidMidiDataException | IOException e) {
      throw new RenderException(
          "File " + midiFile + " is not a readable Standard MIDI File (" + e.getMessage()
              + "); check that it is a .mid file.",
          e);
    }
  }

  /**
   * Every setting is given explicitly: the synthesizer would otherwise take missing ones from
   * the user's Java preferences, and the output must not depend on them.
   */
  private Map<String, Object> synthesizerProperties() {
    Map<String, Object> p = new HashMap<>();
    p.put("format", format());
    p.put("interpolation", "linear");
    p.put("control rate", 147f);
    p.put("max polyphony", 64);
    p.put("latency", 120_000L);
    p.put("reverb", true);
    p.put("chorus", true);
    p.put("auto gain control", true);
    p.put("large mode", false);
    p.put("midi channels", 16);
    p.put("jitter correction", false);
    p.put("light reverb", true);
    p.put("load default soundbank", false);
    return p;
  }

  /** A channel or system-exclusive message and when it sounds. */
  record TimedMessage(long micros, MidiMessage message) {}

  /**
   * Every non-meta event of every track, in time order (stable: events on the same tick keep
   * their track order, so a note-off before a repeated note-on stays before it).
   */
  static List<TimedMessage> timeline(Sequence sequence) {
    List<MidiEvent> events = new ArrayList<>();
    for (Track track : sequence.getTracks()) {
      for (int i = 0; i < track.size(); i++) {
        MidiEvent e = track.get(i);
        if (!(e.getMessage() instanceof MetaMessage)) {
          events.add(e);
        }
      }
    }
    events.sort((a, b) -> Long.compare(a.getTick(), b.getTick()));
    long[][] tempos = tempoMap(sequence);
    List<TimedMessage> out = new ArrayList<>(events.size());
    for (MidiEvent e : events) {
      out.add(new TimedMessage(microsAt(sequence, e.getTick(), tempos), e.getMessage()));
    }
    return out;
  }

  /** Tempo changes as {tick, microseconds per quarter}, in tick order. */
  static long[][] tempoMap(Sequence sequence) {
    List<long[]> changes = new ArrayList<>();
    for (Track track : sequence.getTracks()) {
      for (int i = 0; i < track.size(); i++) {
        MidiEvent e = track.get(i);
        if (e.getMessage() instanceof MetaMessage) {
          MetaMessage meta = (MetaMessage) e.getMessage();
          byte[] d = meta.getData();
          if (meta.getType() == TEMPO_META && d.length == 3) {
            long mpq = ((d[0] & 0xFFL) << 16) | ((d[1] & 0xFFL) << 8) | (d[2] & 0xFFL);
            if (mpq > 0) {
              changes.add(new long[] {e.getTick(), mpq});
            }
          }
        }
      }
    }
    changes.sort((a, b) -> Long.compare(a[0], b[0]));
    return changes.toArray(new long[0][]);
  }

  /** Microseconds from the start of the sequence to {@code tick}. */
  static long microsAt(Sequence sequence, long tick, long[][] tempos) {
    float division = sequence.getDivisionType();
    int resolution = sequence.getResolution();
    if (division != Sequence.PPQ) {
      // SMPTE timing: ticks are fixed fractions of a second
      return (long) (tick * 1_000_000.0 / (division * resolution));
    }
    // exact integer arithmetic per tempo segment so rounding never drifts
    long micros = 0;
    long segmentStart = 0;
    long mpq = MICROS_PER_QUARTER_AT_120;
    for (long[] change : tempos) {
      if (change[0] >= tick) {
        break;
      }
      micros += (change[0] - segmentStart) * mpq / resolution;
      segmentStart = change[0];
      mpq = change[1];
    }
    return micros + (tick - segmentStart) * mpq / resolution;
  }
}
