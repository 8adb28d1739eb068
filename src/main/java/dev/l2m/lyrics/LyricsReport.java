package dev.l2m.lyrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code l2m analyze} shows: per line, the sung syllables with their stress, readable as
 * text ({@code a-MAZ-ing GRACE how SWEET the SOUND}) or as a JSON-ready structure of records.
 */
public final class LyricsReport {
  private LyricsReport() {}

  /** The whole analysis, ready for a JSON serializer. */
  public record Report(
      int stanzaCount,
      int lineCount,
      int wordCount,
      int syllableCount,
      int noteCount,
      List<StanzaReport> stanzas,
      List<SungFormChoice> sungForms) {}

  /** One stanza. */
  public record StanzaReport(
      int number,
      String section,
      String metre,
      boolean regularMetre,
      List<Integer> spokenCounts,
      String metreExplanation,
      List<LineReport> lines) {}

  /** One line; {@code stresses} has one digit per sung syllable. */
  public record LineReport(
      int number, String text, int syllableCount, String stresses, List<WordReport> words) {}

  /** One word; {@code source} is dictionary, rules or user. */
  public record WordReport(
      String text,
      String sung,
      String source,
      boolean functionWord,
      List<SyllableReport> syllables) {}

  /** One syllable; {@code syllabic} is single, begin, middle or end (as in MusicXML). */
  public record SyllableReport(String text, int stress, String syllabic, int notes) {}

  /** The JSON-ready structure of parsed lyrics. */
  public static Report report(ParsedLyrics parsed) {
    Lyrics lyrics = parsed.lyrics();
    List<StanzaReport> stanzas = new ArrayList<>();
    for (int s = 0; s < lyrics.stanzas().size(); s++) {
      Stanza stanza = lyrics.stanzas().get(s);
      StanzaMetre metre = parsed.metres().get(s);
      List<LineReport> lines = new ArrayList<>();
      for (int l = 0; l < stanza.lines().size(); l++) {
        Line line = stanza.lines().get(l);
        List<WordReport> words = new ArrayList<>();
        StringBuilder stresses = new StringBuilder();
        for (Word w : line.words()) {
          List<SyllableReport> syllables = new ArrayList<>();
          for (Syllable syl : w.syllables()) {
            syllables.add(
                new SyllableReport(syl.text(), syl.stress(), syl.position().xmlName(), syl.notes()));
            stresses.append(syl.stress());
          }
          words.add(
              new WordReport(
                  w.text(),
                  MetreFitter.hyphenated(w),
                  w.source().name().toLowerCase(Locale.ROOT),
                  w.functionWord(),
                  syllables));
        }
        lines.add(
            new LineReport(l + 1, line.text(), line.syllableCount(), stresses.toString(), words));
      }
      stanzas.add(
          new StanzaReport(
              s + 1,
              stanza.section(),
              metre.pattern(),
              metre.regular(),
              metre.spokenCounts(),
              metre.explanation(),
              lines));
    }
    return new Report(
        lyrics.stanzas().size(),
        lyrics.lines().size(),
        lyrics.words().size(),
        lyrics.syllableCount(),
        lyrics.noteCount(),
        stanzas,
        parsed.sungForms());
  }

  /** The readable text of {@code l2m analyze}; lines end with {@code \n}. */
  public static String text(ParsedLyrics parsed) {
    StringBuilder out = new StringBuilder();
    Lyrics lyrics = parsed.lyrics();
    boolean rules = false;
    boolean user = false;
    boolean melisma = false;
    for (int s = 0; s < lyrics.stanzas().size(); s++) {
      Stanza stanza = lyrics.stanzas().get(s);
      StanzaMetre metre = parsed.metres().get(s);
      if (s > 0) {
        out.append('\n');
      }
      out.append("Stanza ").append(s + 1);
      if (!stanza.section().isEmpty()) {
        out.append(" [").append(stanza.section()).append(']');
      }
      out.append(": syllables per line ").append(metre.pattern());
      if (!metre.spokenCounts().equals(metre.sungCounts())) {
        out.append(" (spoken ")
            .append(String.join(".", metre.spokenCounts().stream().map(String::valueOf).toList()))
            .append(')');
      }
      out.append('\n');
      for (Line line : stanza.lines()) {
        out.append(String.format("%4d  ", line.syllableCount()));
        List<String> words = new ArrayList<>();
        for (Word w : line.words()) {
          words.add(render(w));
          rules |= w.source() == WordSource.RULES;
          user |= w.source() == WordSource.USER;
          melisma |= w.syllables().stream().anyMatch(x -> x.notes() > 1);
        }
        out.append(String.join(" ", words)).append('\n');
      }
    }
    out.append('\n');
    if (parsed.sungForms().isEmpty()) {
      boolean regular = parsed.metres().stream().anyMatch(StanzaMetre::regular);
      out.append(
          regular
              ? "Metre: the lines follow a regular metre; every word keeps its spoken form.\n"
              : "Metre: no regular metre shows across the lines; every word keeps its spoken"
                  + " form.\n");
    } else {
      out.append("Sung forms:\n");
      for (SungFormChoice c : parsed.sungForms()) {
        out.append("  - ").append(c.reason()).append(".\n");
      }
    }
    out.append("Key: CAPITALS primary stress, Capitalised secondary stress, lower case unstressed");
    if (rules) {
      out.append(", * syllables from spelling rules (word not in the dictionary)");
    }
    if (user) {
      out.append(", + your own split");
    }
    if (melisma) {
      out.append(", _ one more note on that syllable");
    }
    out.append(".\n");
    return out.toString();
  }

  private static String render(Word w) {
    List<String> parts = new ArrayList<>();
    for (Syllable s : w.syllables()) {
      String text = s.text();
      String shown;
      if (s.stress() == 1) {
        shown = text.toUpperCase(Locale.ROOT);
      } else if (s.stress() == 2) {
        String lower = text.toLowerCase(Locale.ROOT);
        int first = 0;
        while (first < lower.length() && !Character.isLetter(lower.charAt(first))) {
          first++;
        }
        shown =
            first < lower.length()
                ? lower.substring(0, first)
                    + Character.toUpperCase(lower.charAt(first))
                    + lower.substring(first + 1)
                : lower;
      } else {
        shown = text.toLowerCase(Locale.ROOT);
      }
      parts.add(shown + "_".repeat(s.notes() - 1));
    }
    String joined = String.join("-", parts);
    if (w.source() == WordSource.RULES) {
      joined += "*";
    } else if (w.source() == WordSource.USER) {
      joined += "+";
    }
    return joined;
  }
}
