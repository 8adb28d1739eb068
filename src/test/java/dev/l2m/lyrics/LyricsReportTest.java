package dev.l2m.lyrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LyricsReportTest {
  private final LyricsParser parser = LyricsParser.withBundledDictionary();

  @Test
  void textShowsStressSourcesAndMelismas() {
    String text =
        LyricsReport.text(parser.parseDetailed("[Chorus]\nBeautiful zorbly love__ the Shoo--bi--doo"));
    assertThat(text)
        .isEqualTo(
            "Stanza 1 [Chorus]: syllables per line 11\n"
                + "  11  BEAU-ti-ful ZORB-ly* LOVE__ the SHOO-bi-doo+\n"
                + "\n"
                + "Metre: no regular metre shows across the lines; every word keeps its spoken"
                + " form.\n"
                + "Key: CAPITALS primary stress, Capitalised secondary stress, lower case"
                + " unstressed, * syllables from spelling rules (word not in the dictionary), +"
                + " your own split, _ one more note on that syllable.\n");
  }

  @Test
  void textExplainsSungForms() {
    String text =
        LyricsReport.text(
            parser.parseDetailed(
                "The morning light is on the hill,\nthe river runs along,\n"
                    + "and every bird that wakes to sing\nis singing out a song.\n"));
    assertThat(text).contains("syllables per line 8.6.8.6 (spoken 8.6.9.6)");
    assertThat(text).contains("Sung forms:\n  - \"every\" is sung in 2 syllables");
    assertThat(text).contains("and EV-ery BIRD");
  }

  @Test
  void reportHoldsTheFullStructure() {
    LyricsReport.Report report =
        LyricsReport.report(parser.parseDetailed("Understand the zorbly night\n\nsecond stanza"));
    assertThat(report.stanzaCount()).isEqualTo(2);
    assertThat(report.lineCount()).isEqualTo(2);
    assertThat(report.syllableCount()).isEqualTo(report.noteCount());
    LyricsReport.LineReport line = report.stanzas().get(0).lines().get(0);
    assertThat(line.stresses()).isEqualTo("2010101");
    assertThat(line.words())
        .extracting(LyricsReport.WordReport::source)
        .containsExactly("dictionary", "dictionary", "rules", "dictionary");
    assertThat(line.words().get(0).sung()).isEqualTo("Un-der-stand");
    assertThat(line.words().get(1).functionWord()).isTrue();
    assertThat(line.words().get(0).syllables().get(0).syllabic()).isEqualTo("begin");
  }
}
