package dev.l2m.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.lyrics.Line;
import dev.l2m.lyrics.Lyrics;
import dev.l2m.lyrics.Stanza;
import dev.l2m.lyrics.Word;
import dev.l2m.lyrics.Syllable;
import dev.l2m.score.ChordSymbol;
import dev.l2m.score.Key;
import dev.l2m.score.Lyric;
import dev.l2m.score.Note;
import dev.l2m.score.Phrase;
import dev.l2m.score.Song;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComposerTest {

  private static final String[] EMOTIONS = {
    "joyful", "sad", "tender", "angry", "peaceful", "longing", "playful", "mysterious",
    "excited", "hopeful", "nostalgic", "fearful", "determined", "solemn"
  };
  private static final String[] METERS = {"4/4", "3/4", "2/4", "6/8"};
  private static final Voice[] VOICES = {Voice.SOPRANO, Voice.ALTO, Voice.TENOR, Voice.BASS};

  private static final String SONG =
      "Morning light is on the river\nI remember how you smiled\n\n"
          + "[Chorus]\nHold me now and never leave me\nSing the night away\n\n"
          + "Golden fields are made of silver\nEvery window opens wide\n\n"
          + "[Chorus]\nHold me now and never leave me\nSing the night away\n";

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void invariantsHoldForRandomLyrics(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 15; round++) {
      Lyrics lyrics = LyricsGenerator.lyrics(random);
      String emotion = EMOTIONS[random.nextInt(EMOTIONS.length)];
      TimeSignature time =
          random.nextBoolean() ? TimeSignature.parse(METERS[random.nextInt(METERS.length)]) : null;
      Voice voice = VOICES[random.nextInt(VOICES.length)];
      CompositionRequest request =
          Requests.of(lyrics, emotion, null, time, voice, true, random.nextLong());
      Song song = Composer.compose(request);
      checkInvariants(song, request);
    }
  }

  static void checkInvariants(Song song, CompositionRequest request) {
    Lyrics lyrics = request.lyrics();
    List<Note> notes = song.notes();
    assertThat(notes).hasSize(lyrics.noteCount());
    // lyrics in order, melismas where asked
    List<Syllable> syllables = new ArrayList<>();
    List<Boolean> lineEnds = new ArrayList<>();
    for (Line line : lyrics.lines()) {
      List<Syllable> ls = line.syllables();
      for (int i = 0; i < ls.size(); i++) {
        syllables.add(ls.get(i));
        lineEnds.add(i == ls.size() - 1);
      }
    }
    int n = 0;
    for (int s = 0; s < syllables.size(); s++) {
      Syllable syl = syllables.get(s);
      Lyric lyric = notes.get(n).lyric();
      assertThat(lyric).isNotNull();
      assertThat(lyric.text()).isEqualTo(syl.text());
      assertThat(lyric.syllabic()).isEqualTo(syl.position());
      assertThat(lyric.lineEnd()).isEqualTo(lineEnds.get(s));
      for (int j = 1; j < syl.notes(); j++) {
        assertThat(notes.get(n + j).lyric()).isNull();
      }
      n += syl.notes();
    }
    // whole bars after the pickup, notes inside the song, no overlaps (Song checks those too)
    assertThat((song.length() - song.pickup()) % song.time().measureTicks()).isZero();
    assertThat(notes.get(notes.size() - 1).end()).isLessThanOrEqualTo(song.length());
    int low = notes.stream().mapToInt(Note::pitch).min().orElseThrow();
    int high = notes.stream().mapToInt(Note::pitch).max().orElseThrow();
    assertThat(high - low).isLessThanOrEqualTo(21);
    assertThat(low).isGreaterThanOrEqualTo(request.voice().low());
    assertThat(high).isLessThanOrEqualTo(request.voice().high());
    for (int i = 0; i < notes.size(); i++) {
      assertThat(song.key().contains(notes.get(i).pitch())).isTrue();
      assertThat(notes.get(i).velocity()).isBetween(1, 127);
      if (i > 0) {
        assertThat(Math.abs(notes.get(i).pitch() - notes.get(i - 1).pitch()))
            .isLessThanOrEqualTo(12);
      }
    }
    assertThat(Math.floorMod(notes.get(notes.size() - 1).pitch() - song.key().tonic(), 12))
        .isZero();
    // phrases: one per line, covering the notes in order
    assertThat(song.phrases()).hasSize(lyrics.lines().size());
    int next = 0;
    for (Phrase p : song.phrases()) {
      assertThat(p.firstNote()).isEqualTo(next);
      next += p.noteCount();
      Note last = notes.get(p.firstNote() + p.noteCount() - 1);
      Note first = notes.get(p.firstNote());
      // a phrase ends on a long note or a rest
      boolean rest = next < notes.size() && notes.get(next).start() > last.end();
      boolean longNote = last.duration() >= song.time().beatTicks()
          && notes.subList(p.firstNote(), p.firstNote() + p.noteCount()).stream()
              .filter(x -> x.lyric() != null || x == last)
              .mapToInt(Note::duration).max().orElse(0) <= last.duration() * 2;
      assertThat(rest || last.duration() >= song.time().beatTicks() || longNote)
          .as("phrase ending at %d: %s in %s", last.start(), last, song.time()).isTrue();
      assertThat(first.start()).isGreaterThanOrEqualTo(0);
    }
    assertThat(next).isEqualTo(notes.size());
    if (request.chords()) {
      assertThat(song.chords()).isNotEmpty();
      long previous = -1;
      for (ChordSymbol c : song.chords()) {
        assertThat(c.start()).isGreaterThan(previous);
        previous = c.start();
      }
    } else {
      assertThat(song.chords()).isEmpty();
    }
  }

  @Test
  void melismasGetTheirNotesWithTheLyricOnTheFirst() {
    Lyrics plain = LyricsGenerator.parse("Gloria in the highest\nSing it again and again");
    List<Line> lines = new ArrayList<>();
    for (Line line : plain.lines()) {
      List<Word> words = new ArrayList<>();
      for (Word w : line.words()) {
        List<Syllable> syllables = new ArrayList<>();
        for (Syllable s : w.syllables()) {
          int notes = s.isStressed() && w.syllables().size() > 1 ? 3 : 1;
          syllables.add(new Syllable(s.text(), s.stress(), s.position(), notes));
        }
        words.add(new Word(w.text(), syllables, w.source(), w.functionWord()));
      }
      lines.add(new Line(line.text(), words));
    }
    Lyrics lyrics = new Lyrics(List.of(new Stanza("", lines)));
    assertThat(lyrics.noteCount()).isGreaterThan(lyrics.syllableCount());
    for (long seed = 0; seed < 30; seed++) {
      for (String meter : METERS) {
        CompositionRequest request = Requests.of(
            lyrics, EMOTIONS[(int) seed % EMOTIONS.length], null, TimeSignature.parse(meter),
            Voice.ALTO, seed % 2 == 0, seed);
        checkInvariants(Composer.compose(request), request);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Oh", "a", "the the the the", "Supercalifragilisticexpialidocious",
    "I\nI\nI\nI\nI\nI", "Love love love love love love love love love love love love love love"
        + " love love love love love love love love love love love love love love love love"
  })
  void oddLyricsStillMakeASong(String text) {
    Lyrics lyrics = LyricsGenerator.parse(text);
    for (long seed = 0; seed < 20; seed++) {
      for (String meter : METERS) {
        Voice narrow = Voice.parse("C4-C5");
        CompositionRequest request = Requests.of(
            lyrics, EMOTIONS[(int) seed % EMOTIONS.length], null, TimeSignature.parse(meter),
            seed % 2 == 0 ? narrow : Voice.BASS, true, seed);
        checkInvariants(Composer.compose(request), request);
      }
    }
  }

  @Test
  void sameRequestGivesSameSong() {
    Lyrics lyrics = LyricsGenerator.parse(SONG);
    for (String emotion : EMOTIONS) {
      Song a = Composer.compose(Requests.of(lyrics, emotion, 42));
      Song b = Composer.compose(Requests.of(lyrics, emotion, 42));
      assertThat(a).isEqualTo(b);
    }
  }

  @Test
  void differentSeedsGiveDifferentMelodies() {
    Lyrics lyrics = LyricsGenerator.parse(SONG);
    Key key = Key.parse("C");
    TimeSignature time = TimeSignature.COMMON;
    List<List<Integer>> melodies = new ArrayList<>();
    for (long seed = 0; seed < 10; seed++) {
      Song song = Composer.compose(
          Requests.of(lyrics, "joyful", key, time, Voice.SOPRANO, false, seed));
      melodies.add(song.notes().stream().map(Note::pitch).toList());
    }
    assertThat(melodies.stream().distinct().count()).isGreaterThanOrEqualTo(9);
    // and not just transposed or nudged: most pairs differ in many notes
    int differentPairs = 0;
    for (int i = 0; i < melodies.size(); i++) {
      for (int j = i + 1; j < melodies.size(); j++) {
        int differ = 0;
        for (int x = 0; x < melodies.get(i).size(); x++) {
          differ += melodies.get(i).get(x).equals(melodies.get(j).get(x)) ? 0 : 1;
        }
        differentPairs += differ >= melodies.get(i).size() / 3 ? 1 : 0;
      }
    }
    assertThat(differentPairs).isGreaterThanOrEqualTo(40);
  }

  @Test
  void repeatedChorusGetsTheSameMusic() {
    Lyrics lyrics = LyricsGenerator.parse(SONG);
    for (long seed = 0; seed < 20; seed++) {
      Song song = Composer.compose(Requests.of(lyrics, "hopeful", seed));
      List<Phrase> chorus = song.phrases().stream()
          .filter(p -> p.section().equals("Chorus")).toList();
      assertThat(chorus).hasSize(4);
      for (int i = 0; i < 2; i++) {
        Phrase first = chorus.get(i);
        Phrase again = chorus.get(i + 2);
        List<Note> a = song.notes().subList(first.firstNote(), first.firstNote() + first.noteCount());
        List<Note> b = song.notes().subList(again.firstNote(), again.firstNote() + again.noteCount());
        assertThat(b.stream().map(Note::pitch).toList())
            .isEqualTo(a.stream().map(Note::pitch).toList());
        long shift = b.get(0).start() - a.get(0).start();
        assertThat(shift % song.time().measureTicks()).isZero();
        for (int x = 0; x < a.size() - 1; x++) {
          assertThat(b.get(x).start() - a.get(x).start()).isEqualTo(shift);
          assertThat(b.get(x).duration()).isEqualTo(a.get(x).duration());
        }
      }
    }
  }

  @Test
  void chordsFollowTheFlag() {
    Lyrics lyrics = LyricsGenerator.parse(SONG);
    Song with = Composer.compose(
        Requests.of(lyrics, "sad", null, null, Voice.ALTO, true, 7));
    Song without = Composer.compose(
        Requests.of(lyrics, "sad", null, null, Voice.ALTO, false, 7));
    assertThat(with.chords()).isNotEmpty();
    assertThat(without.chords()).isEmpty();
    assertThat(without.notes()).isEqualTo(with.notes());
    // the song ends on its tonic chord
    ChordSymbol last = with.chords().get(with.chords().size() - 1);
    assertThat(last.root()).isEqualTo(with.key().tonic());
  }

  @Test
  void userChoicesAreKept() {
    Lyrics lyrics = LyricsGenerator.parse(SONG);
    for (String meter : METERS) {
      TimeSignature time = TimeSignature.parse(meter);
      Key key = Key.parse("F#m");
      CompositionRequest request = Requests.of(lyrics, "joyful", key, time, Voice.TENOR, true, 3);
      Song song = Composer.compose(request);
      assertThat(song.key()).isEqualTo(key);
      assertThat(song.time()).isEqualTo(time);
      checkInvariants(song, request);
    }
  }

  @Test
  void stressedSyllablesLandOnStrongBeats() {
    SongMetrics metrics = new SongMetrics();
    Random random = new Random(99);
    for (int i = 0; i < 200; i++) {
      Lyrics lyrics = LyricsGenerator.lyrics(random);
      String emotion = EMOTIONS[random.nextInt(EMOTIONS.length)];
      metrics.add(Composer.compose(Requests.of(lyrics, emotion, random.nextLong())), lyrics);
    }
    assertThat(metrics.strongGivenStressed()).as(metrics.report()).isGreaterThanOrEqualTo(0.72);
    assertThat(metrics.strongGivenUnstressed()).as(metrics.report()).isLessThanOrEqualTo(0.10);
    assertThat(metrics.maxInterval).isLessThanOrEqualTo(12);
    assertThat(metrics.share(metrics.steps) + metrics.share(metrics.repeats))
        .as(metrics.report()).isGreaterThan(0.5);
    assertThat(metrics.tonicEndings).isEqualTo(metrics.songs);
  }
}
