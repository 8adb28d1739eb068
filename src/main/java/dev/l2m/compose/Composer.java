package dev.l2m.compose;

import dev.l2m.lyrics.Stanza;
import dev.l2m.lyrics.Syllable;
import dev.l2m.lyrics.Word;
import dev.l2m.score.ChordSymbol;
import dev.l2m.score.Key;
import dev.l2m.score.Lyric;
import dev.l2m.score.Note;
import dev.l2m.score.Phrase;
import dev.l2m.score.Song;
import dev.l2m.score.Ticks;
import dev.l2m.score.TimeSignature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a melody for lyrics: one phrase per line, syllables placed so that stressed ones meet
 * strong beats, pitches drawn over a chord progression with steps dominating and cadences at
 * phrase ends, repeated lines and stanzas sung to the same music. A pure function of the
 * request: the same request gives the same song, another seed another melody.
 */
public final class Composer {

  private final CompositionRequest request;
  private final SplittableRandom random;
  private final Settings settings;
  private final Key key;
  private final TimeSignature time;
  private final RhythmPlanner rhythm;
  private final int[] scale;
  private final int grid;
  private final int barUnits;

  private Composer(CompositionRequest request) {
    this.request = request;
    this.random = new SplittableRandom(request.seed());
    this.settings = Settings.choose(request, random.split());
    this.key = settings.key();
    this.time = settings.time();
    this.rhythm = new RhythmPlanner(time, request.profile().density(), settings.tempo());
    this.grid = rhythm.grid();
    this.barUnits = rhythm.barUnits();
    this.scale = scaleTones(key, settings.low(), settings.high());
  }

  /** Composes the song the request describes. */
  public static Song compose(CompositionRequest request) {
    return new Composer(request).build();
  }

  private static int[] scaleTones(Key key, int low, int high) {
    List<Integer> tones = new ArrayList<>();
    for (int p = low; p <= high; p++) {
      if (key.contains(p)) {
        tones.add(p);
      }
    }
    return tones.stream().mapToInt(Integer::intValue).toArray();
  }

  private Song build() {
    List<LineInfo> lines = lines();
    int count = lines.size();
    int[] bars = phraseLengths(lines);
    int[] fullSource = new int[count];
    int[] rhythmSource = new int[count];
    planRepeats(lines, bars, fullSource, rhythmSource);
    List<List<RomanNumeral>> progressions = new ArrayList<>();
    for (String p : request.profile().progressions()) {
      progressions.add(Harmony.parseProgression(p));
    }
    if (progressions.isEmpty()) {
      progressions.add(Harmony.parseProgression("I IV V I"));
    }
    Map<Integer, List<RomanNumeral>> stanzaProgression = new HashMap<>();
    int climax = climaxLine(lines);
    while (fullSource[climax] >= 0) {
      climax = fullSource[climax];
    }

    PhraseMusic[] music = new PhraseMusic[count];
    SplittableRandom rhythmRandom = random.split();
    SplittableRandom pitchRandom = random.split();
    SplittableRandom harmonyRandom = random.split();
    for (int k = 0; k < count; k++) {
      LineInfo line = lines.get(k);
      List<RomanNumeral> progression =
          stanzaProgression.computeIfAbsent(
              line.stanza(), s -> progressions.get(harmonyRandom.nextInt(progressions.size())));
      PhraseMusic previous = k > 0 ? music[k - 1] : null;
      int room = previous == null
          ? rhythm.maxPickup()
          : previous.bars() * barUnits - previous.lastOnset() - rhythm.endRoom();
      int earliest = -Math.max(0, Math.min(rhythm.maxPickup(), room));
      int nextPickup = 0;
      int nextFirstPitch = -1;
      if (k + 1 < count) {
        int src = fullSource[k + 1] >= 0 ? fullSource[k + 1] : rhythmSource[k + 1];
        if (src >= 0 && src < k) {
          nextPickup = music[src].pickupUnits();
        } else if (src == k) {
          nextPickup = rhythm.maxPickup();
        }
        if (fullSource[k + 1] >= 0 && fullSource[k + 1] < k) {
          nextFirstPitch = music[fullSource[k + 1]].pitches()[0];
        }
      }
      int previousPitch = previous == null ? -1 : previous.pitches()[previous.pitches().length - 1];
      int latestLast = bars[k] * barUnits - rhythm.endRoom() - nextPickup;

      if (fullSource[k] >= 0) {
        PhraseMusic src = music[fullSource[k]];
        if (fits(src.onsets(), earliest, latestLast, src.bars() * barUnits)
            && (previousPitch < 0 || Math.abs(src.pitches()[0] - previousPitch) <= 12)) {
          music[k] = src;
          continue;
        }
      }
      int[] onsets = null;
      int phraseBars = bars[k];
      if (rhythmSource[k] >= 0 || fullSource[k] >= 0) {
        PhraseMusic src = music[fullSource[k] >= 0 ? fullSource[k] : rhythmSource[k]];
        if (src.bars() == phraseBars
            && fits(src.onsets(), earliest, latestLast, phraseBars * barUnits)) {
          onsets = src.onsets();
        }
      }
      while (onsets == null) {
        onsets = rhythm.plan(
            line.accents(), line.notes(), phraseBars, earliest,
            latestLast + (phraseBars - bars[k]) * barUnits, rhythmRandom.split());
        if (onsets == null) {
          phraseBars *= 2;
        }
      }
      List<ChordSlot> chords =
          Harmony.layOut(
              progression, phraseBars, time, line.cadence(), key,
              onsets[onsets.length - 1] * grid);
      int[] pitches = pitches(
          line, phraseBars, onsets, chords, k == climax, previousPitch,
          nextFirstPitch, pitchRandom.split());
      music[k] = new PhraseMusic(phraseBars, onsets, pitches, chords);
    }
    return assemble(lines, music);
  }

  private static boolean fits(int[] onsets, int earliest, int latestLast, int length) {
    return onsets[0] >= earliest
        && onsets[onsets.length - 1] <= latestLast
        && onsets[onsets.length - 1] < length;
  }

  private List<LineInfo> lines() {
    Set<String> emphasis = new HashSet<>();
    for (String e : request.analysis().emphasis()) {
      emphasis.add(e.toLowerCase(Locale.ROOT));
    }
    List<LineInfo> out = new ArrayList<>();
    List<Stanza> stanzas = request.lyrics().stanzas();
    for (int s = 0; s < stanzas.size(); s++) {
      Stanza stanza = stanzas.get(s);
      List<List<Word>> pieces = new ArrayList<>();
      List<Integer> lineOf = new ArrayList<>();
      List<Boolean> ends = new ArrayList<>();
      for (int i = 0; i < stanza.lines().size(); i++) {
        List<List<Word>> split = LineSplitter.split(stanza.lines().get(i));
        for (int j = 0; j < split.size(); j++) {
          pieces.add(split.get(j));
          lineOf.add(i);
          ends.add(j == split.size() - 1);
        }
      }
      int n = pieces.size();
      for (int i = 0; i < n; i++) {
        out.add(LineInfo.of(
            s, lineOf.get(i), stanza.section(), pieces.get(i), ends.get(i), cadence(i, n),
            emphasis));
      }
    }
    return out;
  }

  /**
   * The cadence of phrase {@code i} of {@code n} in a stanza: closed at the end, half in the
   * middle; long stanzas are heard in groups of four phrases, each closing.
   */
  private static Cadence cadence(int i, int n) {
    if (i == n - 1) {
      return Cadence.CLOSED;
    }
    if (n <= 5) {
      return n >= 2 && i == n / 2 - 1 ? Cadence.HALF : Cadence.OPEN;
    }
    int inGroup = i % 4;
    boolean lastGroup = i / 4 == (n - 1) / 4;
    if (lastGroup) {
      int size = n - (i - inGroup);
      return inGroup == size / 2 - 1 ? Cadence.HALF : Cadence.OPEN;
    }
    return inGroup == 3 ? Cadence.CLOSED : inGroup == 1 ? Cadence.HALF : Cadence.OPEN;
  }

  /** Bars per phrase: the usual length of the stanza's lines, longer only for long lines. */
  private int[] phraseLengths(List<LineInfo> lines) {
    double unitsPerSyllable = averageUnitsPerSyllable();
    int[] needed = new int[lines.size()];
    int[] tight = new int[lines.size()];
    for (int k = 0; k < lines.size(); k++) {
      int notes = lines.get(k).noteCount();
      needed[k] = barsFor(notes, unitsPerSyllable);
      // mostly eighths: what a line can take when the stanza's regular length asks for it
      tight[k] = barsFor(notes, Math.max(1.25, 0.65 * unitsPerSyllable));
    }
    int[] bars = new int[lines.size()];
    int k = 0;
    while (k < lines.size()) {
      int stanza = lines.get(k).stanza();
      int end = k;
      Map<Integer, Integer> votes = new HashMap<>();
      while (end < lines.size() && lines.get(end).stanza() == stanza) {
        votes.merge(needed[end], 1, Integer::sum);
        end++;
      }
      int usual = 2;
      int usualVotes = 0;
      for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
        if (e.getValue() > usualVotes || (e.getValue() == usualVotes && e.getKey() > usual)) {
          usual = e.getKey();
          usualVotes = e.getValue();
        }
      }
      for (int i = k; i < end; i++) {
        bars[i] = Math.max(usual, tight[i]);
      }
      k = end;
    }
    return bars;
  }

  private int barsFor(int notes, double unitsPerNote) {
    int b = 2;
    while ((notes - 1) * unitsPerNote + barUnits / 4.0 + rhythm.endRoom() > b * barUnits) {
      b *= 2;
    }
    return b;
  }

  /** Grid units a syllable takes on average: calm and fast songs sing slower in note values. */
  private double averageUnitsPerSyllable() {
    double quarters = 0.8 + 0.4 * (0.5 - request.profile().density());
    int tempo = settings.tempo();
    if (tempo > 120) {
      quarters *= 1.06;
    } else if (tempo < 80) {
      quarters *= 0.9;
    }
    return quarters * 480.0 / grid;
  }

  /**
   * Finds repeats: a stanza whose lines have the stress patterns of an earlier stanza is sung to
   * its music (verses and choruses); otherwise a line repeating an earlier line's words takes its
   * music, and a line with an earlier line's stress pattern takes its rhythm.
   */
  private void planRepeats(
      List<LineInfo> lines, int[] bars, int[] fullSource, int[] rhythmSource) {
    Arrays.fill(fullSource, -1);
    Arrays.fill(rhythmSource, -1);
    Map<Integer, int[]> stanzaRange = new HashMap<>();
    for (int k = 0; k < lines.size(); k++) {
      int s = lines.get(k).stanza();
      int[] range = stanzaRange.computeIfAbsent(s, x -> new int[] {Integer.MAX_VALUE, -1});
      range[0] = Math.min(range[0], k);
      range[1] = Math.max(range[1], k);
    }
    for (int s = 0; s < stanzaRange.size(); s++) {
      int[] here = stanzaRange.get(s);
      int size = here[1] - here[0] + 1;
      for (int t = 0; t < s; t++) {
        int[] there = stanzaRange.get(t);
        if (there[1] - there[0] + 1 != size) {
          continue;
        }
        boolean same = true;
        for (int i = 0; i < size && same; i++) {
          LineInfo a = lines.get(here[0] + i);
          LineInfo b = lines.get(there[0] + i);
          same = a.pattern().equals(b.pattern()) && bars[here[0] + i] == bars[there[0] + i];
        }
        if (same) {
          for (int i = 0; i < size; i++) {
            fullSource[here[0] + i] = there[0] + i;
          }
          break;
        }
      }
    }
    for (int k = 0; k < lines.size(); k++) {
      if (fullSource[k] >= 0) {
        continue;
      }
      LineInfo line = lines.get(k);
      for (int j = 0; j < k; j++) {
        LineInfo other = lines.get(j);
        if (bars[j] != bars[k] || !other.pattern().equals(line.pattern())) {
          continue;
        }
        if (other.text().equals(line.text()) && other.cadence() == line.cadence()) {
          fullSource[k] = j;
          break;
        }
        if (rhythmSource[k] < 0) {
          rhythmSource[k] = j;
        }
      }
    }
  }

  /** The line that carries the song's highest note: the heart of the chorus, or two-thirds in. */
  private static int climaxLine(List<LineInfo> lines) {
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).section().toLowerCase(Locale.ROOT).contains("chorus")) {
        int next = k + 1;
        return next < lines.size() && lines.get(next).stanza() == lines.get(k).stanza() ? next : k;
      }
    }
    int k = (int) Math.round((lines.size() - 1) * 0.62);
    if (lines.size() > 2 && k == lines.size() - 1) {
      k--;
    }
    return k;
  }

  private int[] pitches(
      LineInfo line, int bars, int[] onsets, List<ChordSlot> chords,
      boolean climax, int previousPitch, int nextFirstPitch, SplittableRandom rnd) {
    int n = line.noteCount();
    int k = scale.length;
    double[][] unary = new double[n][k];
    int length = bars * barUnits;
    int highNote = 0;
    int note = 0;
    int[] noteUnits = new int[n];
    int[] spanUnits = new int[n];
    for (int i = 0; i < onsets.length; i++) {
      if (i == line.highPoint()) {
        highNote = note;
      }
      int end = i + 1 < onsets.length ? onsets[i + 1] : length;
      for (int j = 0; j < line.notes()[i]; j++) {
        noteUnits[note] = onsets[i] + j;
        spanUnits[note] = j + 1 < line.notes()[i] ? 1 : end - onsets[i] - j;
        note++;
      }
    }
    String contour = request.profile().contour() == null ? "arch" : request.profile().contour();
    double base = (climax ? 0.26 : 0.1) + (rnd.nextDouble() - 0.5) * 0.12;
    double amp = climax ? 0.8 : 0.62;
    double phase = rnd.nextDouble() * Math.PI * 2;
    double th = n <= 1 ? 0.5 : highNote / (double) (n - 1);
    for (int i = 0; i < n; i++) {
      double t = n <= 1 ? 0.5 : i / (double) (n - 1);
      double s = shape(contour, t, th, phase);
      double weight = 0.11;
      if (i == highNote) {
        s += 0.35;
        weight = 0.18;
      }
      double target = (k - 1) * Math.min(1.0, base + amp * s);
      int x = noteUnits[i];
      int offset = rhythm.offsetInBar(x);
      boolean strong = time.isStrong(offset);
      boolean beat = offset % time.beatTicks() == 0;
      boolean longNote = spanUnits[i] * grid >= 2 * time.beatTicks();
      ChordSlot chord = chordAt(chords, x * grid);
      for (int p = 0; p < k; p++) {
        int pitch = scale[p];
        double u = -weight * (p - target) * (p - target);
        if (chord != null) {
          boolean tone = chordContains(chord.numeral(), pitch);
          if (strong || longNote) {
            u += tone ? 0.5 : -3.0;
          } else if (beat) {
            u += tone ? 0.2 : -0.8;
          }
        }
        boolean onlyTonic = Math.floorMod(pitch - key.tonic(), 12) == 0 && scale[0] > pitch - 12;
        if (p == k - 1 && !(i == n - 1 && onlyTonic)) {
          // the top of the window belongs to the song's climax, on its most important word
          if (!climax) {
            u = Double.NEGATIVE_INFINITY;
          } else if (i == highNote) {
            u += 6.0;
          }
        }
        if (i == n - 1) {
          u += cadenceWeight(line.cadence(), pitch, chords.get(chords.size() - 1).numeral());
          if (nextFirstPitch >= 0 && Math.abs(pitch - nextFirstPitch) > 12) {
            u = Double.NEGATIVE_INFINITY;
          }
        }
        unary[i][p] = u;
      }
    }
    // a few draws, keeping the first whose high point is the top of its phrase
    PitchSampler sampler = new PitchSampler(scale);
    int[] idx = null;
    int bestShortfall = Integer.MAX_VALUE;
    for (int attempt = 0; attempt < 12 && bestShortfall > 0; attempt++) {
      int[] draw = sampler.sample(unary, previousPitch, rnd);
      if (draw == null) {
        break;
      }
      int others = 0;
      for (int i = 0; i < n; i++) {
        if (i != highNote) {
          others = Math.max(others, draw[i]);
        }
      }
      int shortfall = Math.max(0, others - draw[highNote]) + (climax ? k - 1 - draw[highNote] : 0);
      if (shortfall < bestShortfall) {
        bestShortfall = shortfall;
        idx = draw;
      }
    }
    if (idx == null) {
      // the soft wishes conflict with the hard ones: keep only the hard ones
      for (double[] row : unary) {
        for (int p = 0; p < k; p++) {
          row[p] = row[p] == Double.NEGATIVE_INFINITY ? row[p] : 0;
        }
      }
      idx = new PitchSampler(scale).sample(unary, previousPitch, rnd);
    }
    if (idx == null) {
      // cannot happen with a window of an octave or more; stay on a tonic rather than fail
      idx = new int[n];
      for (int p = 0; p < k; p++) {
        if (Math.floorMod(scale[p] - key.tonic(), 12) == 0) {
          Arrays.fill(idx, p);
          break;
        }
      }
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = scale[idx[i]];
    }
    return out;
  }

  private static double shape(String contour, double t, double th, double phase) {
    double peak = Math.max(0.15, Math.min(0.85, th));
    return switch (contour) {
      case "rising" -> 0.15 + 0.75 * t;
      case "falling" -> 0.9 - 0.75 * t;
      case "wave" -> 0.5 + 0.35 * Math.sin(2 * Math.PI * t + phase);
      case "flat" -> 0.45;
      default -> t <= peak ? 0.3 + 0.7 * t / peak : 1.0 - 0.75 * (t - peak) / (1 - peak);
    };
  }

  private double cadenceWeight(Cadence cadence, int pitch, RomanNumeral lastChord) {
    boolean tonic = Math.floorMod(pitch - key.tonic(), 12) == 0;
    return switch (cadence) {
      case CLOSED -> tonic ? 0 : Double.NEGATIVE_INFINITY;
      case HALF -> chordContains(RomanNumeral.DOMINANT, pitch) ? 2.5 : tonic ? -2.0 : -1.0;
      case OPEN -> chordContains(lastChord, pitch) ? (tonic ? 0.3 : 1.0) : -0.5;
    };
  }

  private boolean chordContains(RomanNumeral numeral, int pitch) {
    int root = numeral.root(key);
    int rel = Math.floorMod(pitch - root, 12);
    for (int iv : numeral.quality().intervals()) {
      if (iv == rel) {
        return true;
      }
    }
    return false;
  }

  private static ChordSlot chordAt(List<ChordSlot> chords, int tick) {
    for (ChordSlot c : chords) {
      if (tick >= c.start() && tick < c.start() + c.duration()) {
        return c;
      }
    }
    return null;
  }

  /**
   * How long the last note of a phrase is held when {@code room} ticks remain before the next
   * phrase: a plain value (half, dotted half, whole...) followed by a breath when there is room.
   */
  private long endingLength(long room) {
    long[] plain = time.isCompound() ? new long[] {12, 9, 6, 3, 2} : new long[] {8, 6, 4, 3, 2};
    long breath = room >= 6L * grid ? 2L * grid : room >= 3L * grid ? grid : 0;
    for (long quarters8 : plain) {
      long ticks = quarters8 * Ticks.PER_QUARTER / 2;
      if (ticks <= room - breath) {
        return ticks;
      }
    }
    return room;
  }

  private Song assemble(List<LineInfo> lines, PhraseMusic[] music) {
    int bar = time.measureTicks();
    long pickup = (long) music[0].pickupUnits() * grid;
    long[] origin = new long[music.length];
    long cursor = pickup;
    for (int k = 0; k < music.length; k++) {
      origin[k] = cursor;
      cursor += (long) music[k].bars() * bar;
    }
    // the song ends with the bar its last note lands in (a short last note gets one more bar)
    int lastPhrase = music.length - 1;
    long finalStart = origin[lastPhrase] + (long) music[lastPhrase].lastOnset() * grid;
    long finalBarEnd = pickup + (Math.floorDiv(finalStart - pickup, bar) + 1) * bar;
    if (finalBarEnd - finalStart < time.beatTicks() * 2L && finalBarEnd + bar <= cursor) {
      finalBarEnd += bar;
    }
    long length = Math.min(cursor, finalBarEnd);
    int velocity = Math.max(1, Math.min(127, request.profile().velocity()));
    List<Note> notes = new ArrayList<>();
    List<ChordSymbol> chords = new ArrayList<>();
    List<Phrase> phrases = new ArrayList<>();
    for (int k = 0; k < music.length; k++) {
      PhraseMusic m = music[k];
      LineInfo line = lines.get(k);
      long phraseEnd = Math.min(length, origin[k] + (long) m.bars() * bar);
      long lastStart = origin[k] + (long) m.lastOnset() * grid;
      long end = phraseEnd;
      if (k + 1 < music.length) {
        end = Math.min(end, origin[k + 1] + (long) music[k + 1].onsets()[0] * grid);
        end = lastStart + endingLength(end - lastStart);
      }
      int first = notes.size();
      int pitchIndex = 0;
      int syllables = line.syllables().size();
      for (int i = 0; i < syllables; i++) {
        Syllable s = line.syllables().get(i);
        long start = origin[k] + (long) m.onsets()[i] * grid;
        long stop = i + 1 < syllables ? origin[k] + (long) m.onsets()[i + 1] * grid : end;
        int count = line.notes()[i];
        long span = stop - start;
        long each = span >= (long) count * grid ? grid : span / count;
        Accent accent = line.accents().get(i);
        int v = accent.isHeavy() ? velocity + 6 : accent.isLight() ? velocity - 6 : velocity;
        v = Math.max(1, Math.min(127, v));
        for (int j = 0; j < count; j++) {
          long noteStart = start + j * each;
          long noteEnd = j + 1 < count ? noteStart + each : stop;
          Lyric lyric = j == 0
              ? new Lyric(s.text(), s.position(), s.stress(), line.lineEnd() && i == syllables - 1)
              : null;
          notes.add(new Note(
              noteStart, (int) (noteEnd - noteStart), m.pitches()[pitchIndex++], lyric,
              j == 0 ? v : Math.max(1, v - 4)));
        }
      }
      Phrase open = phrases.isEmpty() ? null : phrases.get(phrases.size() - 1);
      if (open != null && open.stanza() == line.stanza() && open.line() == line.index()) {
        phrases.set(phrases.size() - 1, new Phrase(
            open.stanza(), open.line(), open.firstNote(), notes.size() - open.firstNote(),
            open.section()));
      } else {
        phrases.add(new Phrase(
            line.stanza(), line.index(), first, notes.size() - first, line.section()));
      }
      if (request.chords()) {
        for (ChordSlot c : m.chords()) {
          long start = origin[k] + c.start();
          if (start < length) {
            int duration = (int) Math.min(c.duration(), length - start);
            chords.add(new ChordSymbol(
                start, duration, c.numeral().root(key), c.numeral().quality()));
          }
        }
      }
    }
    return new Song(
        request.title(), key, time, settings.tempo(), (int) pickup, length, request.voice(),
        notes, chords, phrases);
  }
}
