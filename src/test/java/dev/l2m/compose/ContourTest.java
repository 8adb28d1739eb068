package dev.l2m.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.AnalysisSource;
import dev.l2m.analysis.EmotionProfile;
import dev.l2m.lyrics.Lyrics;
import dev.l2m.score.Note;
import dev.l2m.score.Phrase;
import dev.l2m.score.Song;
import dev.l2m.score.Voice;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContourTest {

  private static final String TEXT =
      "Morning light is on the river\nI remember how you smiled\n"
          + "Every window opens slowly\nLike the eyes of a child\n\n"
          + "[Chorus]\nHold me now and never leave me\nSing the night away\n";

  @Test
  void emphasisedWordsGetTheHighNoteOfTheirLine() {
    Lyrics lyrics = LyricsGenerator.parse(TEXT);
    EmotionProfile profile = Requests.MAP.resolve("hopeful");
    Analysis analysis = new Analysis(
        profile.name(), profile.valence(), profile.arousal(), 1.0, AnalysisSource.OFFLINE,
        List.of("river", "remember", "window", "child", "never", "night"), null, null, null, "");
    int phrases = 0;
    int peaks = 0;
    for (long seed = 0; seed < 40; seed++) {
      Song song = Composer.compose(new CompositionRequest(
          lyrics, analysis, profile, null, null, null, Voice.SOPRANO, false, seed, "t"));
      String[] words = {"ri", "mem", "win", "child", "ne", "night"};
      for (int i = 0; i < song.phrases().size(); i++) {
        Phrase p = song.phrases().get(i);
        List<Note> notes = song.notes().subList(p.firstNote(), p.firstNote() + p.noteCount());
        int max = notes.stream().mapToInt(Note::pitch).max().orElseThrow();
        String word = words[i];
        boolean peak = notes.stream().anyMatch(
            n -> n.lyric() != null && n.lyric().text().equalsIgnoreCase(word)
                && n.pitch() == max);
        phrases++;
        peaks += peak ? 1 : 0;
      }
    }
    assertThat(peaks / (double) phrases).as("%d of %d", peaks, phrases)
        .isGreaterThanOrEqualTo(0.6);
  }

  @Test
  void theSongHasOneClimax() {
    Lyrics lyrics = LyricsGenerator.parse(TEXT);
    for (long seed = 0; seed < 40; seed++) {
      Song song = Composer.compose(Requests.of(lyrics, "joyful", seed));
      int top = song.notes().stream().mapToInt(Note::pitch).max().orElseThrow();
      long phrasesWithTop = song.phrases().stream()
          .filter(p -> song.notes().subList(p.firstNote(), p.firstNote() + p.noteCount())
              .stream().anyMatch(n -> n.pitch() == top))
          .count();
      assertThat(phrasesWithTop).as("seed %d", seed).isEqualTo(1);
    }
  }
}
