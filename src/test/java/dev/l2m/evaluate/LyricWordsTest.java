package dev.l2m.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.score.Syllabic;
import java.util.List;
import org.junit.jupiter.api.Test;

class LyricWordsTest {
  private static SungSyllable syl(String text, Syllabic syllabic) {
    return new SungSyllable(text, syllabic, 60, 0, false, 1, 1, 60, 60, 60, 0, 0);
  }

  @Test
  void wordsAreRebuiltFromSyllabic() {
    List<SungWord> words =
        LyricWords.rebuild(
            List.of(
                syl("By", Syllabic.SINGLE),
                syl("sil", Syllabic.BEGIN),
                syl("ve", Syllabic.MIDDLE),
                syl("ry", Syllabic.END),
                syl("Moon,", Syllabic.SINGLE)));
    assertThat(words).extracting(SungWord::text).containsExactly("by", "silvery", "moon");
    assertThat(words.get(1).syllables()).hasSize(3);
  }

  @Test
  void brokenChainsEndWhereTheNextWordStarts() {
    List<SungWord> words =
        LyricWords.rebuild(
            List.of(
                syl("hap", Syllabic.BEGIN),
                syl("day", Syllabic.SINGLE),
                syl("ter", Syllabic.MIDDLE),
                syl("ly", Syllabic.END),
                syl("lone", Syllabic.END)));
    assertThat(words).extracting(SungWord::text).containsExactly("hap", "day", "terly", "lone");
  }

  @Test
  void normalisingKeepsLettersAndInnerApostrophes() {
    assertThat(LyricWords.normalise("Don’t!")).isEqualTo("don't");
    assertThat(LyricWords.normalise("'Tis")).isEqualTo("'tis");
    assertThat(LyricWords.normalise("lovin'")).isEqualTo("lovin");
    assertThat(LyricWords.normalise("\"Moon,\"")).isEqualTo("moon");
    assertThat(LyricWords.normalise("...")).isEmpty();
    assertThat(LyricWords.normalise("Café")).isEqualTo("café");
  }

  @Test
  void plainTextIsSplitLikeTheLyricsParser() {
    assertThat(LyricWords.words("Merry-go-round, don’t   stop!\n'Tis the 2nd time"))
        .containsExactly("merry", "go", "round", "don't", "stop", "'tis", "the", "2nd", "time");
  }

  @Test
  void fidelityIsExactOnlyWhenEveryWordIsSungInOrder() {
    LyricFidelity same =
        LyricWords.compare(List.of("Shine", "on", "harvest", "moon"), List.of("shine", "on", "harvest", "moon"));
    assertThat(same.isExact()).isTrue();
    assertThat(same.share()).isEqualTo(1.0);

    LyricFidelity lost = LyricWords.compare(List.of("shine", "on", "harvest", "moon"), List.of("shine", "harvest", "moon"));
    assertThat(lost.isExact()).isFalse();
    assertThat(lost.firstDifference()).isEqualTo(1);
    assertThat(lost.expectedAt()).isEqualTo("on");
    assertThat(lost.sungAt()).isEqualTo("harvest");
    assertThat(lost.matchedInOrder()).isEqualTo(3);
    assertThat(lost.share()).isEqualTo(0.75);

    LyricFidelity invented = LyricWords.compare(List.of("moon"), List.of("moon", "la"));
    assertThat(invented.isExact()).isFalse();
    assertThat(invented.firstDifference()).isEqualTo(1);
    assertThat(invented.share()).isEqualTo(1.0);
  }
}
