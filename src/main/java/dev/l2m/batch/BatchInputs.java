package dev.l2m.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2m.lyrics.LyricsText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The items of a batch, read lazily from its inputs in a fixed order: a lyrics file is one item;
 * a directory gives its {@code *.txt} files in name order; {@code .jsonl}/{@code .ndjson} files
 * give one item per line and {@code .csv} files one per record after the header. A record that
 * cannot be read becomes a failing item instead of stopping the batch.
 */
public final class BatchInputs {
  /** Per-item settings read from JSON Lines fields and CSV columns. */
  public static final Set<String> OPTION_NAMES =
      Set.of("key", "tempo", "time", "emotion", "seed", "voice", "chords");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Path> inputs;

  private BatchInputs(List<Path> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  /**
   * The inputs, checked to exist.
   *
   * @throws BatchException naming the first input that does not exist, or when there is none
   */
  public static BatchInputs of(List<Path> inputs) {
    if (inputs.isEmpty()) {
      throw new BatchException(BatchException.Reason.USAGE, "no inputs given: name lyrics files, folders, .jsonl or .csv files, or '-' for a list on stdin");
    }
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new BatchException(BatchException.Reason.USAGE, "input " + p + " does not exist: check the path");
      }
    }
    return new BatchInputs(inputs);
  }

  /**
   * Reads a list of paths, one per line (blank lines and lines starting with '#' ignored),
   * relative paths resolved against {@code base}.
   */
  public static List<Path> pathList(Reader list, Path base) throws IOException {
    List<Path> paths = new ArrayList<>();
    BufferedReader r = new BufferedReader(list);
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      String t = LyricsText.stripBom(line).strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        try {
          paths.add(base.resolve(t).normalize());
        } catch (java.nio.file.InvalidPathException e) {
          throw new BatchException(BatchException.Reason.USAGE, "'" + t + "' in the list on stdin is not a valid path", e);
        }
      }
    }
    return paths;
  }

  public List<Path> paths() {
    return inputs;
  }

  /**
   * Passes every item, in order, to {@code sink} until it returns false.
   *
   * @throws BatchException when a directory cannot be listed
   */
  public void forEach(Predicate<BatchItem> sink) {
    long[] next = {0};
    for (Path input : inputs) {
      if (!readInput(input, next, sink)) {
        return;
      }
    }
  }

  private static boolean readInput(Path input, long[] next, Predicate<BatchItem> sink) {
    if (Files.isDirectory(input)) {
      for (Path f : textFiles(input)) {
        if (!sink.test(fileItem(next[0]++, f))) {
          return false;
        }
      }
      return true;
    }
    String name = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return readJsonLines(input, next, sink);
    }
    if (name.endsWith(".csv")) {
      return readCsv(input, next, sink);
    }
    return sink.test(fileItem(next[0]++, input));
  }

  private static List<Path> textFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new BatchException(BatchException.Reason.USAGE, "cannot list the folder " + dir + ": " + e.getMessage(), e);
    }
  }

  private static BatchItem fileItem(long index, Path file) {
    String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return new BatchItem(index, file.toString(), stem, null, null, file, Map.of(), null);
  }

  /** A lenient UTF-8 reader: bad bytes become U+FFFD and fail only the record holding them. */
  private static Reader lenientUtf8(InputStream in) {
    return new BufferedReader(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)));
  }

  private static boolean readJsonLines(Path file, long[] next, Predicate<BatchItem> sink) {
    try (InputStream in = Files.newInputStream(file);
        BufferedReader r = new BufferedReader(lenientUtf8(in))) {
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        String t = lineNo == 1 ? LyricsText.stripBom(line) : line;
        if (t.isBlank()) {
          continue;
        }
        if (!sink.test(jsonItem(next[0]++, file + ":" + lineNo, t))) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return sink.test(BatchItem.broken(next[0]++, file.toString(), "cannot read " + file + ": " + e.getMessage()));
    }
  }

  static BatchItem jsonItem(long index, String origin, String line) {
    if (line.indexOf('\uFFFD') >= 0) {
      return BatchItem.broken(index, origin, "the line is not valid UTF-8: save the file as UTF-8");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return BatchItem.broken(index, origin, "the line is not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return BatchItem.broken(index, origin, "the line is not a JSON object: write {\"id\": ..., \"lyrics\": ...}");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      if (!v.isValueNode()) {
        return BatchItem.broken(index, origin, "the field '" + e.getKey() + "' must be text or a number");
      }
      fields.put(e.getKey().toLowerCase(Locale.ROOT), v.asText());
    }
    return fromFields(index, origin, fields);
  }

  private static BatchItem fromFields(long index, String origin, Map<String, String> fields) {
    String lyrics = fields.get("lyrics");
    if (lyrics == null) {
      return BatchItem.broken(index, origin, "no 'lyrics' given");
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (OPTION_NAMES.contains(e.getKey()) && !e.getValue().isBlank()) {
        options.put(e.getKey(), e.getValue().strip());
      }
    }
    return new BatchItem(
        index, origin, blankToNull(fields.get("id")), blankToNull(fields.get("title")), lyrics, null, options, null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static boolean readCsv(Path file, long[] next, Predicate<BatchItem> sink) {
    try (InputStream in = Files.newInputStream(file);
        Reader r = lenientUtf8(in)) {
      CsvReader csv = new CsvReader(r);
      List<String> header;
      try {
        header = csv.next();
      } catch (CsvReader.CsvException e) {
        return sink.test(BatchItem.broken(next[0]++, file + ":1", "the header cannot be read: " + e.getMessage()));
      }
      if (header == null) {
        return true;
      }
      List<String> columns = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i).strip().toLowerCase(Locale.ROOT);
        columns.add(i == 0 ? LyricsText.stripBom(h) : h);
      }
      if (!columns.contains("lyrics")) {
        return sink.test(
            BatchItem.broken(next[0]++, file + ":1", "the header has no 'lyrics' column (columns: id or title, lyrics, and optional key, tempo, time, emotion, seed, voice)"));
      }
      while (true) {
        List<String> record;
        String origin;
        try {
          record = csv.next();
          origin = file + ":" + csv.recordLine();
        } catch (CsvReader.CsvException e) {
          if (!sink.test(BatchItem.broken(next[0]++, file + ":" + csv.recordLine(), e.getMessage()))) {
            return false;
          }
          continue;
        }
        if (record == null) {
          return true;
        }
        BatchItem item = csvItem(next[0]++, origin, columns, record);
        if (!sink.test(item)) {
          return false;
        }
      }
    } catch (IOException e) {
      return sink.test(BatchItem.broken(next[0]++, file.toString(), "cannot read " + file + ": " + e.getMessage()));
    }
  }

  private static BatchItem csvItem(long index, String origin, List<String> columns, List<String> record) {
    if (record.size() != columns.size()) {
      return BatchItem.broken(
          index, origin, "the record has " + record.size() + " fields but the header has " + columns.size());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      String v = record.get(i);
      if (v.indexOf('\uFFFD') >= 0) {
        return BatchItem.broken(index, origin, "the record is not valid UTF-8: save the file as UTF-8");
      }
      if (!v.isEmpty()) {
        fields.putIfAbsent(columns.get(i), v);
      }
    }
    return fromFields(index, origin, fields);
  }
}
