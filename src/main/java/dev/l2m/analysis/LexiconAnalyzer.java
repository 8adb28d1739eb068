package dev.l2m.analysis;

import dev.l2m.lyrics.Lyrics;
import dev.l2m.lyrics.Word;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The offline analyser: counts emotion words from a small lexicon, skips negated ones ("not
 * happy"), and picks the emotion with the most votes. With no emotion words at all it says so and
 * picks the profile nearest a mildly positive, moderately calm centre, rather than pretending.
 */
public final class LexiconAnalyzer implements Analyzer {

  private static final String RESOURCE = "/dev/l2m/analysis/lexicon.tsv";
  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "don't", "can't", "won't", "ain't", "nothing", "nobody", "without");
  private static final int MAX_EMPHASIS = 8;

  private final EmotionMap map;
  private final Map<String, List<String>> lexicon;

  public LexiconAnalyzer(EmotionMap map) {
    this(map, bundledLexicon());
  }

  LexiconAnalyzer(EmotionMap map, Map<String, List<String>> lexicon) {
    this.map = map;
    this.lexicon = lexicon;
  }

  /** Reads the bundled lexicon: word to the emotions it votes for. */
  static Map<String, List<String>> bundledLexicon() {
    Map<String, List<String>> lex = new HashMap<>();
    try (InputStream in = LexiconAnalyzer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the emotion lexicon is missing from the l2m jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        lex.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the emotion lexicon", e);
    }
    return lex;
  }

  @Override
  public Analysis analyze(Lyrics lyrics) {
    Map<EmotionProfile, Double> votes = new LinkedHashMap<>();
    Map<String, Integer> hitWords = new LinkedHashMap<>();
    List<Word> words = lyrics.words();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).text().toLowerCase(Locale.ROOT);
      List<String> emotions = lexicon.get(w);
      if (emotions == null || negated(words, i)) {
        continue;
      }
      hitWords.merge(w, 1, Integer::sum);
      for (String e : emotions) {
        map.find(e).ifPresent(p -> votes.merge(p, 1.0 / emotions.size(), Double::sum));
      }
    }
    List<String> emphasis =
        hitWords.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(MAX_EMPHASIS)
            .map(Map.Entry::getKey)
            .toList();
    if (votes.isEmpty()) {
      EmotionProfile neutral = map.nearest(0.2, 0.4);
      return new Analysis(
          neutral.name(), neutral.valence(), neutral.arousal(), 0.0, AnalysisSource.OFFLINE,
          emphasis, null, null, null,
          "no emotion words found; chose '" + neutral.name() + "' as a neutral setting");
    }
    double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
    EmotionProfile best =
        votes.entrySet().stream()
            .max(Comparator.<Map.Entry<EmotionProfile, Double>>comparingDouble(Map.Entry::getValue)
                .thenComparing(e -> -map.profiles().indexOf(e.getKey())))
            .orElseThrow()
            .getKey();
    double valence = 0;
    double arousal = 0;
    for (Map.Entry<EmotionProfile, Double> e : votes.entrySet()) {
      valence += e.getKey().valence() * e.getValue() / total;
      arousal += e.getKey().arousal() * e.getValue() / total;
    }
    // confidence grows with the winner's share and with the evidence seen
    double share = votes.get(best) / total;
    double evidence = Math.min(1.0, total / 4.0);
    return new Analysis(
        best.name(), clamp(valence, -1, 1), clamp(arousal, 0, 1), clamp(share * evidence, 0, 1),
        AnalysisSource.OFFLINE, emphasis, null, null, null, "");
  }

  private static boolean negated(List<Word> words, int i) {
    for (int k = Math.max(0, i - 2); k < i; k++) {
      if (NEGATIONS.contains(words.get(k).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
