package dev.l2m.output;

import dev.l2m.score.Key;
import dev.l2m.score.Mode;
import dev.l2m.score.Syllabic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small reader for the ABC subset {@link AbcWriter} writes, written independently from it to
 * check the output: notes with accidentals carried through the bar (per letter and octave),
 * lengths relative to L:, ties, rests, bar lines, chord symbols and w: lyrics (hyphens, _, *,
 * ~ and \-).
 */
final class AbcReader {
  /** A sounding note after ties are joined; syllable null for a melisma continuation. */
  record ReadNote(long start, int duration, int pitch, String syllable, Syllabic syllabic) {}

  record ReadChord(long start, String symbol) {}

  record Tune(
      Map<String, String> header, List<ReadNote> notes, List<ReadChord> chords,
      List<Long> barLines) {}

  private static final Pattern NOTE =
      Pattern.compile("(\\^\\^|__|\\^|_|=)?([A-Ga-g])([',]*)(\\d*)(/\\d*)?(-)?");
  private static final Pattern REST = Pattern.compile("z(\\d*)(/\\d*)?");

  private AbcReader() {}

  /** A written note before ties are joined. */
  private record Written(long start, int duration, int pitch, boolean tied) {}

  static Tune read(String abc) {
    Map<String, String> header = new HashMap<>();
    List<Written> written = new ArrayList<>();
    List<ReadChord> chords = new ArrayList<>();
    List<Long> barLines = new ArrayList<>();
    List<String> syllableSlots = new ArrayList<>();
    List<Integer> lineNoteCounts = new ArrayList<>();
    int[] signature = null;
    int unit = 0;
    long time = 0;
    int notesInLine = 0;
    for (String line : abc.split("\n", -1)) {
      if (line.matches("^[A-Za-z]:.*") && !line.startsWith("w:") && signature == null) {
        header.put(line.substring(0, 1), line.substring(2));
        if (line.startsWith("L:")) {
          String[] f = line.substring(2).split("/");
          unit = 480 * 4 * Integer.parseInt(f[0].trim()) / Integer.parseInt(f[1].trim());
        }
        if (line.startsWith("K:")) {
          signature = signature(line.substring(2));
        }
        continue;
      }
      if (line.startsWith("w:")) {
        List<String> tokens = lyricTokens(line.substring(2));
        if (tokens.size() > notesInLine) {
          throw new IllegalArgumentException("more syllables than notes in: " + line);
        }
        while (tokens.size() < notesInLine) {
          tokens.add("*");
        }
        syllableSlots.addAll(tokens);
        notesInLine = 0;
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      // a music line without w: gets empty slots
      for (int i = 0; i < notesInLine; i++) {
        syllableSlots.add("*");
      }
      notesInLine = 0;
      Map<String, Integer> barAccidentals = new HashMap<>();
      int i = 0;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c == ' ') {
          i++;
        } else if (c == '"') {
          int end = line.indexOf('"', i + 1);
          chords.add(new ReadChord(time, line.substring(i + 1, end)));
          i = end + 1;
        } else if (c == '|') {
          barLines.add(time);
          barAccidentals.clear();
          i += line.startsWith("|]", i) ? 2 : 1;
        } else if (c == 'z') {
          Matcher m = REST.matcher(line);
          m.find(i);
          time += length(m.group(1), m.group(2), unit);
          i = m.end();
        } else {
          Matcher m = NOTE.matcher(line);
          if (!m.find(i) || m.start() != i) {
            throw new IllegalArgumentException("unreadable ABC at '" + line.substring(i) + "'");
          }
          String letter = m.group(2);
          int octave = Character.isUpperCase(letter.charAt(0)) ? 4 : 5;
          for (char mark : m.group(3).toCharArray()) {
            octave += mark == '\'' ? 1 : -1;
          }
          char step = Character.toUpperCase(letter.charAt(0));
          String where = step + "" + octave;
          int alter;
          if (m.group(1) != null) {
            alter = switch (m.group(1)) {
              case "^^" -> 2;
              case "^" -> 1;
              case "__" -> -2;
              case "_" -> -1;
              default -> 0;
            };
            barAccidentals.put(where, alter);
          } else {
            alter = barAccidentals.getOrDefault(where, signature["CDEFGAB".indexOf(step)]);
          }
          int pitch = (octave + 1) * 12 + new int[] {0, 2, 4, 5, 7, 9, 11}["CDEFGAB".indexOf(step)]
              + alter;
          int len = length(m.group(4), m.group(5), unit);
          written.add(new Written(time, len, pitch, m.group(6) != null));
          notesInLine++;
          time += len;
          i = m.end();
        }
      }
    }
    for (int i = 0; i < notesInLine; i++) {
      syllableSlots.add("*");
    }
    return new Tune(header, join(written, syllableSlots), chords, barLines);
  }

  /** Joins tied notes and gives each joined note the syllable of its first written note. */
  private static List<ReadNote> join(List<Written> written, List<String> slots) {
    List<ReadNote> notes = new ArrayList<>();
    boolean previousContinues = false;
    int i = 0;
    while (i < written.size()) {
      Written first = written.get(i);
      int duration = first.duration();
      int j = i;
      while (written.get(j).tied()) {
        Written next = written.get(j + 1);
        if (next.pitch() != first.pitch() || next.start() != first.start() + duration) {
          throw new IllegalArgumentException("tie between different notes at " + next.start());
        }
        if (!slots.get(j + 1).equals("*")) {
          throw new IllegalArgumentException("a syllable under a tied continuation");
        }
        duration += next.duration();
        j++;
      }
      String slot = slots.get(i);
      String text = null;
      Syllabic syllabic = null;
      if (!slot.equals("_") && !slot.equals("*")) {
        boolean continues = slot.endsWith("-") && !slot.endsWith("\\-");
        text = (continues ? slot.substring(0, slot.length() - 1) : slot)
            .replace("\\-", "-").replace('~', ' ');
        syllabic = previousContinues
            ? (continues ? Syllabic.MIDDLE : Syllabic.END)
            : (continues ? Syllabic.BEGIN : Syllabic.SINGLE);
        previousContinues = continues;
      }
      notes.add(new ReadNote(first.start(), duration, first.pitch(), text, syllabic));
      i = j + 1;
    }
    return notes;
  }

  /** Splits a w: line into one token per note: "ma-" "zing" "_" "*". */
  static List<String> lyricTokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
        current.append("\\-");
        i++;
      } else if (c == '-') {
        current.append('-');
        tokens.add(current.toString());
        current.setLength(0);
      } else if (c == ' ') {
        if (current.length() > 0) {
          tokens.add(current.toString());
          current.setLength(0);
        }
      } else if ((c == '_' || c == '*') && current.length() == 0) {
        tokens.add(String.valueOf(c));
      } else {
        current.append(c);
      }
    }
    if (current.length() > 0) {
      tokens.add(current.toString());
    }
    return tokens;
  }

  private static int length(String num, String den, int unit) {
    int n = num == null || num.isEmpty() ? 1 : Integer.parseInt(num);
    int d = 1;
    if (den != null) {
      d = den.length() == 1 ? 2 : Integer.parseInt(den.substring(1));
    }
    if (unit * n % d != 0) {
      throw new IllegalArgumentException("length " + n + "/" + d + " is not a whole tick count");
    }
    return unit * n / d;
  }

  /** Alterations of C..B from a K: field such as "F#m", "D dor", "Bb clef=bass". */
  static int[] signature(String field) {
    String[] parts = field.trim().split("\\s+");
    String keyText = parts[0];
    String mode = "";
    if (parts.length > 1 && !parts[1].startsWith("clef=")) {
      mode = parts[1];
    }
    if (keyText.length() > 1 && keyText.endsWith("m") && mode.isEmpty()) {
      mode = "m";
      keyText = keyText.substring(0, keyText.length() - 1);
    }
    String full = switch (mode.toLowerCase(java.util.Locale.ROOT)) {
      case "" -> "major";
      case "m" -> "minor";
      case "dor" -> "dorian";
      case "mix" -> "mixolydian";
      case "lyd" -> "lydian";
      case "phr" -> "phrygian";
      default -> throw new IllegalArgumentException("mode " + mode);
    };
    Key key = Key.parse(keyText + " " + full);
    int[] alters = new int[7];
    for (int i = 0; i < key.fifths(); i++) {
      alters["CDEFGAB".indexOf("FCGDAEB".charAt(i))] = 1;
    }
    for (int i = 0; i < -key.fifths(); i++) {
      alters["CDEFGAB".indexOf("BEADGCF".charAt(i))] = -1;
    }
    return alters;
  }

}
