package dev.l2m.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes the {@code --report} JSON as the batch runs: each item is streamed to a temporary file
 * beside the report as it finishes (so memory stays flat), the totals are added at the end, and
 * only then is the file moved into place. An interrupted run leaves the previous report, if any,
 * untouched.
 *
 * <p>Shape: {@code {"run": ..., "shard": "1/1", "outputDir": ..., "items": [{"index", "origin",
 * "name", "status", "files", "analysisSource", "emotion", "key", "tempo", "seed", "millis":
 * {"read", "compose", "write", "total"}, "correlationId", "error"}...], "totals": {...}}}; items
 * appear in the order they finished ({@code index} gives the input order).
 */
public final class ReportWriter implements BatchListener, Closeable {
  private final Path target;
  private final Path temp;
  private final JsonGenerator json;
  private boolean done;

  /**
   * Starts a report for {@code target}.
   *
   * @throws BatchException when the report's folder cannot be written
   */
  public ReportWriter(Path target, String runId, Shard shard, Path outputDir) {
    this.target = target.toAbsolutePath().normalize();
    Path dir = this.target.getParent();
    this.temp = dir.resolve(".l2m-report-" + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectories(dir);
      json = new JsonFactory().createGenerator(temp.toFile(), JsonEncoding.UTF8);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("run", runId);
      json.writeStringField("shard", shard.toString());
      json.writeStringField("outputDir", outputDir.toAbsolutePath().normalize().toString());
      json.writeArrayFieldStart("items");
    } catch (IOException e) {
      throw new BatchException(BatchException.Reason.OUTPUT, "cannot write the report " + target + " (" + e.getMessage() + "): choose a writable place for --report", e);
    }
  }

  @Override
  public void finished(ItemResult r) {
    try {
      json.writeStartObject();
      json.writeNumberField("index", r.index());
      json.writeStringField("origin", r.origin());
      json.writeStringField("name", r.name());
      json.writeStringField("status", r.status().label());
      json.writeArrayFieldStart("files");
      for (String f : r.files()) {
        json.writeString(f);
      }
      json.writeEndArray();
      if (r.status() == ItemStatus.OK) {
        json.writeStringField("analysisSource", r.analysisSource());
        json.writeStringField("emotion", r.emotion());
        json.writeStringField("key", r.key());
        json.writeNumberField("tempo", r.tempo());
        json.writeNumberField("seed", r.seed());
      }
      if (r.status() != ItemStatus.SKIPPED) {
        json.writeObjectFieldStart("millis");
        json.writeNumberField("read", r.readMillis());
        json.writeNumberField("compose", r.composeMillis());
        json.writeNumberField("write", r.writeMillis());
        json.writeNumberField("total", r.totalMillis());
        json.writeEndObject();
        json.writeStringField("correlationId", r.correlationId());
      }
      if (r.error() != null) {
        json.writeStringField("error", r.error());
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new BatchException(
          BatchException.Reason.OUTPUT, "cannot write the report " + target + " (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public void ended(BatchSummary s) {
    try {
      json.writeEndArray();
      json.writeObjectFieldStart("totals");
      json.writeNumberField("items", s.total());
      json.writeNumberField("succeeded", s.succeeded());
      json.writeNumberField("failed", s.failed());
      json.writeNumberField("skipped", s.skipped());
      json.writeNumberField("notRun", s.notRun());
      json.writeNumberField("elapsedMillis", s.elapsed().toMillis());
      json.writeNumberField("itemsPerSecond", Math.round(s.itemsPerSecond() * 100) / 100.0);
      json.writeEndObject();
      json.writeEndObject();
      json.close();
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } catch (IOException e) {
      throw new BatchException(BatchException.Reason.OUTPUT, "cannot write the report " + target + " (" + e.getMessage() + ")", e);
    }
  }

  /** The report's path. */
  public Path target() {
    return target;
  }

  /** Drops the temporary file when the run did not end normally. */
  @Override
  public void close() throws IOException {
    if (!done) {
      json.close();
      Files.deleteIfExists(temp);
    }
  }
}
