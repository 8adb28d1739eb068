package dev.l2m.lyrics;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns lyrics text into {@link Lyrics}: normalises it, checks it, splits stanzas (blank lines),
 * section tags ({@code [Chorus]}), lines and words, and hands each word to a {@link Syllabifier}.
 *
 * <p>Words are runs of letters, digits and apostrophes; punctuation around them is dropped.
 * Curly apostrophes count as straight ones; numbers are sung as words ("21" → twenty-one); a
 * single hyphen joins separate words ("well-known", "la-la-la"). Two notations, borrowed from
 * LilyPond and ABC, give the user control: {@code --} inside a word forces a syllable split
 * ({@code beau--ti--ful}), and each {@code _} after a syllable holds it over one more note
 * ({@code love__} is sung on three notes; a {@code _} standing alone extends the syllable before).
 */
public final class LyricsParser {

  /** Largest lyrics text accepted, in characters (a long song is a few thousand). */
  public static final int MAX_CHARS = 100_000;

  /** Most lines accepted. */
  public static final int MAX_LINES = 2_000;

  private static final Pattern SECTION_TAG = Pattern.compile("^\\s*\\[([^\\]]{1,40})\\]\\s*$");
  private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{M}\\p{N}'\u2019\u2018_-]+");
  private static final Pattern SINGLE_HYPHEN = Pattern.compile("(?<!-)-(?!-)");
  private static final Set<String> LEADING_ELISIONS =
      Set.of(
          "'tis", "'twas", "'twill", "'twere", "'twould", "'twixt", "'cause", "'cos", "'til",
          "'till", "'em", "'round", "'bout", "'neath", "'mid", "'midst", "'gainst", "'fore", "'n",
          "'nuff", "'kay", "'scuse", "'cept", "'cross", "'gain");
  private static final Set<String> TRAILING_ELISIONS =
      Set.of("o'", "th'", "an'", "ol'", "lil'", "tha'", "fo'", "n'");

  private final Syllabifier syllabifier;

  public LyricsParser(Syllabifier syllabifier) {
    this.syllabifier = syllabifier;
  }

  /** A parser over the bundled pronouncing dictionary and spelling rules. */
  public static LyricsParser withBundledDictionary() {
    return new LyricsParser(DictionarySyllabifier.bundled());
  }

  /**
   * Parses lyrics.
   *
   * @throws LyricsException when the text is empty, too large, or holds control characters
   */
  public Lyrics parse(String raw) {
    return parseDetailed(raw).lyrics();
  }

  /**
   * Parses lyrics and keeps the record of how they were read (sung forms and metre).
   *
   * @throws LyricsException when the text is empty, too large, or holds control characters
   */
  public ParsedLyrics parseDetailed(String raw) {
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
    String text =
        Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
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
    List<DraftStanza> stanzas = new ArrayList<>();
    List<DraftLine> current = new ArrayList<>();
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
      List<List<Word>> words = words(rawLine);
      if (!words.isEmpty()) {
        current.add(new DraftLine(rawLine.strip().replaceAll("\\s+", " "), words));
      }
    }
    closeStanza(stanzas, current, section);
    if (stanzas.isEmpty()) {
      throw new LyricsException("the lyrics hold no singable words: give some words to sing");
    }
    return assemble(stanzas);
  }

  private record DraftLine(String text, List<List<Word>> readings) {}

  private record DraftStanza(String section, List<DraftLine> lines) {}

  private static ParsedLyrics assemble(List<DraftStanza> drafts) {
    List<List<List<List<Word>>>> all = new ArrayList<>();
    for (DraftStanza s : drafts) {
      all.add(s.lines().stream().map(DraftLine::readings).toList());
    }
    MetreFitter.Result fitted = MetreFitter.fit(new MetreFitter.Draft(all));
    List<Stanza> stanzas = new ArrayList<>();
    for (int s = 0; s < drafts.size(); s++) {
      List<Line> lines = new ArrayList<>();
      for (int l = 0; l < drafts.get(s).lines().size(); l++) {
        DraftLine line = drafts.get(s).lines().get(l);
        List<Word> words = new ArrayList<>();
        for (int w = 0; w < line.readings().size(); w++) {
          words.add(line.readings().get(w).get(fitted.choices().get(s).get(l).get(w)));
        }
        lines.add(new Line(line.text(), words));
      }
      stanzas.add(new Stanza(drafts.get(s).section(), lines));
    }
    return new ParsedLyrics(new Lyrics(stanzas), fitted.sungForms(), fitted.metres());
  }

  /** The words of one line, each with its possible readings. */
  private List<List<Word>> words(String line) {
    List<List<Word>> words = new ArrayList<>();
    Matcher m = RUN.matcher(line);
    while (m.find()) {
      String run = m.group().replace('\u2019', '\'').replace('\u2018', '\'');
      if (run.chars().allMatch(c -> c == '_')) {
        extendLast(words, run.length());
        continue;
      }
      for (String part : SINGLE_HYPHEN.split(run)) {
        addPart(words, part);
      }
    }
    return words;
  }

  private void addPart(List<List<Word>> words, String rawPart) {
    String part = trimApostrophes(stripHyphens(rawPart));
    if (part.chars().noneMatch(Character::isLetterOrDigit)) {
      extendLast(words, (int) part.chars().filter(c -> c == '_').count());
      return;
    }
    List<String> pieces = new ArrayList<>();
    List<Integer> extra = new ArrayList<>();
    pieces(part, pieces, extra);
    if (pieces.isEmpty()) {
      return;
    }
    String joined = String.join("", pieces);
    if (pieces.size() == 1) {
      Optional<List<String>> number = NumberWords.spell(joined);
      if (number.isPresent()) {
        for (String spoken : number.get()) {
          words.add(syllabifier.readings(spoken));
        }
        extendLast(words, extra.get(0));
        return;
      }
      words.add(
          syllabifier.readings(joined).stream().map(w -> withExtraNotes(w, extra.get(0))).toList());
      return;
    }
    Word split = syllabifier.split(joined, pieces);
    List<Syllable> syllables = new ArrayList<>();
    for (int i = 0; i < split.syllables().size(); i++) {
      Syllable s = split.syllables().get(i);
      syllables.add(new Syllable(s.text(), s.stress(), s.position(), s.notes() + extra.get(i)));
    }
    words.add(List.of(new Word(split.text(), syllables, split.source(), split.functionWord())));
  }

  /** Splits {@code beau--ti_--ful} into pieces and the extra notes each holds. */
  private static void pieces(String part, List<String> pieces, List<Integer> extra) {
    StringBuilder piece = new StringBuilder();
    int held = 0;
    int i = 0;
    while (i < part.length()) {
      char c = part.charAt(i);
      boolean doubleHyphen = c == '-' && i + 1 < part.length() && part.charAt(i + 1) == '-';
      if (c == '_') {
        held++;
        i++;
        boolean more = i < part.length() && part.charAt(i) != '_' && part.charAt(i) != '-';
        if (more) {
          closePiece(piece, held, pieces, extra);
          held = 0;
        }
        continue;
      }
      if (doubleHyphen) {
        closePiece(piece, held, pieces, extra);
        held = 0;
        while (i < part.length() && part.charAt(i) == '-') {
          i++;
        }
        continue;
      }
      if (c != '-') {
        piece.append(c);
      }
      i++;
    }
    closePiece(piece, held, pieces, extra);
  }

  private static void closePiece(
      StringBuilder piece, int held, List<String> pieces, List<Integer> extra) {
    if (piece.length() > 0) {
      pieces.add(piece.toString());
      extra.add(held);
      piece.setLength(0);
    } else if (held > 0 && !extra.isEmpty()) {
      extra.set(extra.size() - 1, extra.get(extra.size() - 1) + held);
    }
  }

  private static void extendLast(List<List<Word>> words, int notes) {
    if (words.isEmpty() || notes <= 0) {
      return;
    }
    List<Word> last = words.remove(words.size() - 1);
    words.add(last.stream().map(w -> withExtraNotes(w, notes)).toList());
  }

  private static Word withExtraNotes(Word word, int notes) {
    if (notes <= 0) {
      return word;
    }
    List<Syllable> syllables = new ArrayList<>(word.syllables());
    Syllable last = syllables.remove(syllables.size() - 1);
    syllables.add(new Syllable(last.text(), last.stress(), last.position(), last.notes() + notes));
    return new Word(word.text(), syllables, word.source(), word.functionWord());
  }

  private static String stripHyphens(String part) {
    int start = 0;
    int end = part.length();
    while (start < end && part.charAt(start) == '-') {
      start++;
    }
    while (end > start && part.charAt(end - 1) == '-') {
      end--;
    }
    return part.substring(start, end);
  }

  /** Keeps apostrophes that belong to the word ('tis, goin', o') and drops quotation marks. */
  private static String trimApostrophes(String part) {
    String p = part;
    while (p.startsWith("'")) {
      String lower = p.toLowerCase(Locale.ROOT);
      if (LEADING_ELISIONS.stream().anyMatch(e -> lower.equals(e) || lower.startsWith(e + "_"))) {
        break;
      }
      p = p.substring(1);
    }
    while (p.endsWith("'")) {
      String lower = p.toLowerCase(Locale.ROOT);
      if ((lower.endsWith("in'") && lower.length() > 3) || TRAILING_ELISIONS.contains(lower)) {
        break;
      }
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static void closeStanza(List<DraftStanza> stanzas, List<DraftLine> lines, String section) {
    if (!lines.isEmpty()) {
      stanzas.add(new DraftStanza(section, List.copyOf(lines)));
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
