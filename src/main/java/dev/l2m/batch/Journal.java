package dev.l2m.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of finished items that makes {@code --resume} work: one JSON line per item,
 * appended and forced to disk as the item finishes, after its files are in place. A process
 * killed at any moment leaves at worst a torn last line, which reading ignores; the item is then
 * simply made again.
 */
public final class Journal implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final FileChannel channel;

  private Journal(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** The journal of {@code shard} in {@code outputDir}; each shard keeps its own. */
  public static Path pathFor(Path outputDir, Shard shard) {
    String name = shard.isWhole() ? ".l2m-batch.journal" : ".l2m-batch-" + shard.number() + "-of-" + shard.count() + ".journal";
    return outputDir.resolve(name);
  }

  /**
   * Opens the journal for writing: appending to it when {@code append}, else starting it empty.
   *
   * @throws BatchException when it cannot be opened
   */
  public static Journal open(Path file, boolean append) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      FileChannel ch =
          append
              ? FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
              : FileChannel.open(
                  file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      if (append && ch.size() > 0 && !endsWithNewline(file)) {
        // a torn line from a killed run: end it so the next entry starts on its own line
        ch.write(ByteBuffer.wrap(new byte[] {'\n'}));
      }
      return new Journal(file, ch);
    } catch (IOException e) {
      throw new BatchException(BatchException.Reason.OUTPUT, 
          "cannot write the batch journal " + file + " (" + e.getMessage() + "): check that the output folder is writable", e);
    }
  }

  private static boolean endsWithNewline(Path file) throws IOException {
    try (FileChannel r = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer last = ByteBuffer.allocate(1);
      r.read(last, r.size() - 1);
      return last.get(0) == '\n';
    }
  }

  /**
   * The items a journal says were made, by output name, with their files (last entry wins).
   * Torn or unreadable lines are ignored. A missing journal is empty.
   */
  public static Map<String, List<String>> finished(Path file) {
    Map<String, List<String>> done = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n;
        try {
          n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          continue;
        }
        if (n == null || !n.isObject() || !n.path("name").isTextual()) {
          continue;
        }
        String name = n.get("name").asText();
        if (ItemStatus.OK.label().equals(n.path("status").asText())) {
          List<String> files = new ArrayList<>();
          n.path("files").forEach(f -> files.add(f.asText()));
          done.put(name, List.copyOf(files));
        } else {
          done.remove(name);
        }
      }
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException e) {
      throw new BatchException(BatchException.Reason.OUTPUT, 
          "cannot read the batch journal " + file + " (" + e.getMessage() + "); delete it to start the batch over", e);
    }
    return done;
  }

  /**
   * Records one finished item and forces it to disk before returning.
   *
   * @throws BatchException when the journal cannot be written (the batch must stop: it could no
   *     longer be resumed)
   */
  public synchronized void record(ItemResult result) {
    ObjectNode n = JSON.createObjectNode();
    n.put("name", result.name());
    n.put("index", result.index());
    n.put("status", result.status().label());
    ArrayNode files = n.putArray("files");
    result.files().forEach(files::add);
    if (result.error() != null) {
      n.put("error", result.error());
    }
    try {
      byte[] line = (JSON.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
      ByteBuffer buf = ByteBuffer.wrap(line);
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new BatchException(BatchException.Reason.OUTPUT, 
          "cannot write the batch journal " + file + " (" + e.getMessage() + "); the batch stopped so that --resume stays correct", e);
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void close() throws IOException {
    channel.close();
  }
}
