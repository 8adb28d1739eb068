package dev.l2m.compose;

import dev.l2m.lyrics.Lyrics;
import dev.l2m.score.Song;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Tuning harness (run by hand, not a test): composes for every lyric of the development corpus
 * and prints the quality guide's metrics next to the human songs' histograms.
 * Usage: {@code java -cp ... dev.l2m.compose.CorpusTuning /work/shared/corpus/openewld-dev [seeds]}
 */
final class CorpusTuning {
  private static final String[] EMOTIONS = {
    "joyful", "sad", "tender", "hopeful", "peaceful", "nostalgic", "longing", "playful"
  };

  private CorpusTuning() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("random")) {
      SongMetrics generated = new SongMetrics();
      java.util.Random random = new java.util.Random(7);
      for (int i = 0; i < Integer.parseInt(args[1]); i++) {
        Lyrics lyrics = LyricsGenerator.lyrics(random);
        String emotion = EMOTIONS[random.nextInt(EMOTIONS.length)];
        generated.add(Composer.compose(Requests.of(lyrics, emotion, random.nextLong())), lyrics);
      }
      System.out.print(generated.report());
      return;
    }
    Path root = Path.of(args[0]);
    int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    HumanCorpus human = new HumanCorpus();
    SongMetrics ours = new SongMetrics();
    List<Lyrics> corpus =
        human.readFolder(root, text -> System.getProperty("rules") != null
            ? LyricsGenerator.parse(text)
            : new dev.l2m.lyrics.LyricsParser(dev.l2m.lyrics.DictionarySyllabifier.bundled())
                .parse(text));
    for (int index = 0; index < corpus.size(); index++) {
      Lyrics lyrics = corpus.get(index);
      for (int seed = 0; seed < seeds; seed++) {
        String emotion = EMOTIONS[(index + seed) % EMOTIONS.length];
        Song song = Composer.compose(Requests.of(lyrics, emotion, seed * 1000L + index));
        ours.add(song, lyrics);
      }
    }
    System.out.print(ours.report());
    System.out.printf("human median ambitus=%d%n", human.medianAmbitus());
    Map<Integer, Integer> amb = new java.util.TreeMap<>();
    ours.ambitus.forEach(a -> amb.merge(a, 1, Integer::sum));
    Map<Integer, Integer> hamb = new java.util.TreeMap<>();
    human.ambitus.forEach(a -> hamb.merge(a, 1, Integer::sum));
    System.out.println("our ambitus " + amb + "\nhuman ambitus " + hamb);
    System.out.printf("interval overlap=%.3f duration overlap=%.3f%n",
        HumanCorpus.overlap(human.intervals, ours.intervalHistogram),
        HumanCorpus.overlap(human.durations, ours.durationHistogram));
    print("human intervals", human.intervals);
    print("our intervals  ", ours.intervalHistogram);
    print("human durations", human.durations);
    print("our durations  ", ours.durationHistogram);
  }

  private static <K> void print(String label, Map<K, Integer> h) {
    double total = h.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder b = new StringBuilder(label).append(':');
    for (Map.Entry<K, Integer> e : h.entrySet()) {
      if (e.getValue() / total >= 0.004) {
        b.append(String.format(" %s:%.3f", e.getKey(), e.getValue() / total));
      }
    }
    System.out.println(b);
  }
}
