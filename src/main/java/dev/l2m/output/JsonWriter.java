package dev.l2m.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.l2m.analysis.Analysis;
import dev.l2m.score.Song;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Writes the song model as JSON ({@code --format json}): a {@link SongDocument}, valid against
 * the bundled schema {@value #SCHEMA_RESOURCE}, with the analysis and seed when given.
 */
public final class JsonWriter implements SongWriter {
  /** Class-path location of the JSON Schema that documents the output. */
  public static final String SCHEMA_RESOURCE = "/dev/l2m/output/song.schema.json";

  private final Analysis analysis;
  private final Long seed;

  /** A writer for the song alone. */
  public JsonWriter() {
    this(null, null);
  }

  /**
   * A writer that also records how the song was made.
   *
   * @param analysis the lyrics' analysis, or null
   * @param seed the composer's seed, or null
   */
  public JsonWriter(Analysis analysis, Long seed) {
    this.analysis = analysis;
    this.seed = seed;
  }

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public void write(Song song, OutputStream out) throws IOException {
    mapper().writeValue(out, SongDocument.of(song, analysis, seed));
    out.write('\n');
    out.flush();
  }

  /**
   * Reads a document written by {@link #write} (unknown fields are ignored, so later minor
   * versions stay readable).
   */
  public static SongDocument read(InputStream in) throws IOException {
    return mapper().readValue(in, SongDocument.class);
  }

  /** Reads a document from a string. */
  public static SongDocument read(String json) throws IOException {
    return mapper().readValue(json, SongDocument.class);
  }

  private static ObjectMapper mapper() {
    return JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }
}
