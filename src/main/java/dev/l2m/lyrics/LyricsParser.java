package dev.l2m.lyrics;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns lyrics text into {@link Lyrics}: normalises it, checks it, splits stanzas (blank lines),
 * section tags ({@code [Chorus]}), lines and words, and hands each word to a {@link Syllabifier}.
 */
public final class LyricsParser {

  /** Largest lyrics text accepted, in characters (a long song is a few thousand). */
  public static final int MAX_CHARS = 100_000;

  /** Most lines accepted. */
  public static final int MAX_LINES = 2_000;

  private static final Pattern SECTION_TAG = Pattern.compile("^\\s*\\[([^\\]]{1,40})\\]\\s*$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*|'[\\p{L}]+");

  private final Syllabifier syllabifier;

  public LyricsParser(Syllabifier syllabifier) {
    this.syllabifier = syllabifier;
  }

  /**
   * Parses lyrics.
   *
   * @throws LyricsException when the text is empty, too large, or holds control characters
   */
  public Lyrics parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new LyricsException("the lyrics are empty: give some words to sing");
    }
    if (raw.length() > MAX_CHARS) {
      throw new LyricsException(
          "the lyrics are too long ("
              + raw.length()
              + " characters; the limit is "
              + MAX_CHARS
              + "): split them into several songs");
    }
    String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    checkControlCharacters(text);
    String[] rawLines = text.split("\n", -1);
    if (rawLines.length > MAX_LINES) {
      throw new LyricsException(
          "the lyrics have too many lines ("
              + rawLines.length
              + "; the limit is "
              + MAX_LINES
              + "): split them into several songs");
    }
    List<Stanza> stanzas = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    String section = "";
    for (String rawLine : rawLines) {
      Matcher tag = SECTION_TAG.matcher(rawLine);
      if (tag.matches()) {
        closeStanza(stanzas, current, section);
        current = new ArrayList<>();
        section = tag.group(1).trim();
        continue;
      }
      if (rawLine.isBlank()) {
        if (!current.isEmpty()) {
          closeStanza(stanzas, current, section);
          current = new ArrayList<>();
          section = "";
        }
        continue;
      }
      List<Word> words = words(rawLine);
      if (!words.isEmpty()) {
        current.add(new Line(rawLine.strip().replaceAll("\\s+", " "), words));
      }
    }
    closeStanza(stanzas, current, section);
    if (stanzas.isEmpty()) {
      throw new LyricsException("the lyrics hold no singable words: give some words to sing");
    }
    return new Lyrics(stanzas);
  }

  private List<Word> words(String line) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      String token = m.group().replace('’', '\'');
      for (String part : token.split("-+")) {
        if (!part.isEmpty() && !part.equals("'")) {
          words.add(syllabifier.syllabify(part));
        }
      }
    }
    return words;
  }

  private static void closeStanza(List<Stanza> stanzas, List<Line> lines, String section) {
    if (!lines.isEmpty()) {
      stanzas.add(new Stanza(section, lines));
    }
  }

  private static void checkControlCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        int line = 1 + (int) text.substring(0, i).chars().filter(ch -> ch == '\n').count();
        throw new LyricsException(
            String.format(
                "the lyrics contain a control character (U+%04X) on line %d: remove it or save the"
                    + " file as plain UTF-8 text",
                (int) c, line));
      }
    }
  }
}
