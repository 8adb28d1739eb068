package dev.l2m.compose;

import dev.l2m.lyrics.Lyrics;
import dev.l2m.lyrics.LyricsParser;
import dev.l2m.lyrics.RuleSyllabifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random lyrics for property tests: verses, sometimes a repeated chorus. */
final class LyricsGenerator {

  private static final String[] WORDS = {
    "the", "a", "and", "of", "to", "in", "my", "your", "we", "you", "I", "love", "night",
    "heart", "light", "morning", "river", "golden", "forever", "tomorrow", "beautiful",
    "dancing", "away", "believe", "remember", "sky", "rain", "fire", "wonder", "together",
    "little", "over", "under", "silver", "window", "yesterday", "hello", "goodbye", "again",
    "shining", "eyes", "home", "road", "dreaming", "alone", "whisper", "carry", "open", "sun"
  };

  private LyricsGenerator() {}

  static String text(Random random) {
    StringBuilder b = new StringBuilder();
    int verses = 1 + random.nextInt(3);
    boolean chorus = random.nextBoolean();
    String chorusText = stanza(random);
    for (int v = 0; v < verses; v++) {
      if (v > 0) {
        b.append('\n');
      }
      b.append(stanza(random));
      if (chorus) {
        b.append("\n[Chorus]\n").append(chorusText);
      }
    }
    return b.toString();
  }

  private static String stanza(Random random) {
    StringBuilder b = new StringBuilder();
    int lines = 1 + random.nextInt(5);
    for (int l = 0; l < lines; l++) {
      int words = 1 + random.nextInt(9);
      List<String> ws = new ArrayList<>();
      for (int w = 0; w < words; w++) {
        ws.add(WORDS[random.nextInt(WORDS.length)]);
      }
      b.append(String.join(" ", ws)).append('\n');
    }
    return b.toString();
  }

  static Lyrics lyrics(Random random) {
    return parse(text(random));
  }

  static Lyrics parse(String text) {
    return new LyricsParser(new RuleSyllabifier()).parse(text);
  }
}
