package dev.l2m.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.lyrics.Lyrics;
import dev.l2m.lyrics.LyricsParser;
import dev.l2m.lyrics.RuleSyllabifier;
import org.junit.jupiter.api.Test;

class LexiconAnalyzerTest {
  private final EmotionMap map = EmotionMap.bundled();
  private final LexiconAnalyzer analyzer = new LexiconAnalyzer(map);

  private Lyrics lyrics(String text) {
    return new LyricsParser(new RuleSyllabifier()).parse(text);
  }

  @Test
  void sadWordsMakeASadSong() {
    Analysis a = analyzer.analyze(lyrics("Tears fall like rain tonight\nI cry alone, my heart is broken"));
    assertThat(a.emotion()).isEqualTo("sad");
    assertThat(a.valence()).isNegative();
    assertThat(a.source()).isEqualTo(AnalysisSource.OFFLINE);
    assertThat(a.emphasis()).contains("tears", "cry");
  }

  @Test
  void joyfulWordsMakeAJoyfulSong() {
    Analysis a = analyzer.analyze(lyrics("We dance and laugh and sing\nHappy in the sunshine, celebrate"));
    assertThat(a.emotion()).isEqualTo("joyful");
    assertThat(a.valence()).isPositive();
    assertThat(a.confidence()).isGreaterThan(0.3);
  }

  @Test
  void negationDropsTheVote() {
    Analysis a = analyzer.analyze(lyrics("I am not happy, not glad\ntears and rain"));
    assertThat(a.emotion()).isEqualTo("sad");
  }

  @Test
  void noEmotionWordsSaysSoWithZeroConfidence() {
    Analysis a = analyzer.analyze(lyrics("The table is made of wood"));
    assertThat(a.confidence()).isZero();
    assertThat(a.note()).contains("no emotion words");
    assertThat(map.find(a.emotion())).isPresent();
  }

  @Test
  void customMapWithoutTheVotedEmotionsFallsToNeutral() {
    String json = "{\"emotions\":[{\"name\":\"plain\",\"modes\":[\"major\"],\"keys\":[\"C\"],\"tempo\":[80,100],"
        + "\"register\":\"middle\",\"contour\":\"arch\",\"density\":0.5,\"velocity\":80,\"meters\":[\"4/4\"],"
        + "\"progressions\":[\"I IV V I\"],\"valence\":0,\"arousal\":0.5}]}";
    LexiconAnalyzer custom = new LexiconAnalyzer(EmotionMap.parse(json, "custom"));
    assertThat(custom.analyze(lyrics("tears and rain")).emotion()).isEqualTo("plain");
  }
}
