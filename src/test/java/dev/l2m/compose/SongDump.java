package dev.l2m.compose;

import dev.l2m.lyrics.Lyrics;
import dev.l2m.score.ChordSymbol;
import dev.l2m.score.Note;
import dev.l2m.score.Song;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints a composed song bar by bar, for looking at it while tuning (run by hand). */
final class SongDump {
  private SongDump() {}

  public static void main(String[] args) throws Exception {
    Lyrics lyrics = LyricsGenerator.parse(Files.readString(Path.of(args[0])));
    String emotion = args.length > 1 ? args[1] : "tender";
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    TimeSignature time = args.length > 3 ? TimeSignature.parse(args[3]) : null;
    Song song = Composer.compose(
        Requests.of(lyrics, emotion, null, time, Voice.SOPRANO, true, seed));
    System.out.println(song.key() + " " + song.time() + " q=" + song.tempo() + " pickup="
        + song.pickup());
    StringBuilder line = new StringBuilder();
    int bar = -1;
    int chord = 0;
    for (Note n : song.notes()) {
      int b = (int) Math.floorDiv(n.start() - song.pickup(), (long) song.time().measureTicks());
      if (b != bar) {
        System.out.println(line);
        line = new StringBuilder(String.format("%3d| ", b + 1));
        bar = b;
      }
      while (chord < song.chords().size() && song.chords().get(chord).start() <= n.start()) {
        ChordSymbol c = song.chords().get(chord++);
        line.append('[').append(c.symbol(song.key())).append("] ");
      }
      String name = song.key().spell(n.pitch()).name() + song.key().spell(n.pitch()).octave();
      line.append(String.format("%s/%s%s%s ", name, n.duration() / 120 / 4.0,
          n.lyric() == null ? "_" : ":" + n.lyric().text(),
          n.lyric() != null && n.lyric().lineEnd() ? " |" : ""));
    }
    System.out.println(line);
  }
}
