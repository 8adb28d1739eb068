package dev.l2m.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2m.score.Song;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class SongWritersTest {

  private static SongWriter fake(String format, String ext) {
    return new SongWriter() {
      @Override
      public String format() {
        return format;
      }

      @Override
      public String extension() {
        return ext;
      }

      @Override
      public void write(Song song, OutputStream out) {}
    };
  }

  @Test
  void standardSetHasMidiAndMusicXml() {
    SongWriters writers = SongWriters.standard(false);

    assertThat(writers.formats()).containsExactly("midi", "musicxml");
    assertThat(writers.all()).extracting(SongWriter::extension).containsExactly("mid", "musicxml");
  }

  @Test
  void selectsByNameOrAliasInTheGivenOrderWithoutDuplicates() {
    SongWriters writers = SongWriters.standard(false);

    assertThat(writers.select(" MusicXML , mid,midi"))
        .extracting(SongWriter::format)
        .containsExactly("musicxml", "midi");
  }

  @Test
  void unknownFormatNamesTheKnownOnes() {
    assertThatThrownBy(() -> SongWriters.standard(false).select("midi,pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'pdf'")
        .hasMessageContaining("midi, musicxml");
    assertThatThrownBy(() -> SongWriters.standard(false).select(" , "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no output format");
  }

  @Test
  void withAddsOrReplacesAFormat() {
    SongWriters writers = SongWriters.standard(false).with(fake("abc", "abc"));

    assertThat(writers.formats()).containsExactly("midi", "musicxml", "abc");
    assertThat(writers.with(fake("midi", "midi")).all())
        .extracting(SongWriter::extension)
        .containsExactly("musicxml", "abc", "midi");
    assertThat(SongWriters.standard(false).formats()).containsExactly("midi", "musicxml");
  }
}
