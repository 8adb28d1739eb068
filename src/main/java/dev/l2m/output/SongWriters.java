package dev.l2m.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The writers the CLI can choose from by name, so {@code --format midi,musicxml} maps to
 * writers. Immutable: {@link #with} returns a new set, which is how other formats are added.
 */
public final class SongWriters {

  private final List<SongWriter> writers;

  private SongWriters(List<SongWriter> writers) {
    this.writers = List.copyOf(writers);
  }

  /** MIDI (with an accompaniment track when {@code accompaniment}) and MusicXML. */
  public static SongWriters standard(boolean accompaniment) {
    return new SongWriters(List.of(new MidiWriter(accompaniment), new MusicXmlWriter()));
  }

  /** This set plus {@code writer}; a writer with the same format name replaces the old one. */
  public SongWriters with(SongWriter writer) {
    List<SongWriter> next = new ArrayList<>();
    for (SongWriter w : writers) {
      if (!w.format().equals(writer.format())) {
        next.add(w);
      }
    }
    next.add(writer);
    return new SongWriters(next);
  }

  /** All writers, in the order they were added. */
  public List<SongWriter> all() {
    return writers;
  }

  /** The format names, in order. */
  public List<String> formats() {
    return writers.stream().map(SongWriter::format).toList();
  }

  /**
   * Resolves a comma-separated list such as {@code "midi,musicxml"} (case-insensitive, aliases
   * accepted, duplicates dropped) into writers, in the order given.
   *
   * @throws IllegalArgumentException naming the unknown format and the known ones
   */
  public List<SongWriter> select(String formatList) {
    Map<String, SongWriter> chosen = new LinkedHashMap<>();
    String text = formatList == null ? "" : formatList;
    for (String part : text.split(",", -1)) {
      String name = part.trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      SongWriter w = find(name);
      if (w == null) {
        throw new IllegalArgumentException(
            "unknown output format '"
                + part.trim()
                + "'; choose from "
                + String.join(", ", formats()));
      }
      chosen.putIfAbsent(w.format(), w);
    }
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException(
          "no output format given; choose from " + String.join(", ", formats()));
    }
    return List.copyOf(chosen.values());
  }

  private SongWriter find(String name) {
    for (SongWriter w : writers) {
      if (w.format().equals(name) || w.aliases().contains(name)) {
        return w;
      }
    }
    return null;
  }
}
