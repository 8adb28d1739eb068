package dev.l2m.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validated model answers keyed by a SHA-256 of everything that shaped them (base URL, model,
 * prompt version, lyrics, parameters): in memory (Caffeine) and on disk under the user's cache
 * directory, with a time to live and a size cap. Disk writes are atomic (temp file, then move).
 * A broken or unreadable cache never fails a run: it only costs a model call.
 */
public final class ResponseCache {

  private static final Logger LOG = LoggerFactory.getLogger(ResponseCache.class);
  private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}\\.json");

  private final Path dir;
  private final Duration ttl;
  private final long maxBytes;
  private final Clock clock;
  private final Cache<String, String> memory;
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  /**
   * @param dir the disk cache directory (created on the first write)
   * @param ttl how long an answer stays valid
   * @param maxBytes size cap of the disk cache (and of the memory cache)
   * @param clock the wall clock used for expiry
   */
  public ResponseCache(Path dir, Duration ttl, long maxBytes, Clock clock) {
    this.dir = Objects.requireNonNull(dir, "dir");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.maxBytes = maxBytes;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.memory =
        Caffeine.newBuilder()
            .maximumWeight(Math.max(1, maxBytes))
            .weigher((String k, String v) -> k.length() + v.length() * 2)
            .expireAfterWrite(ttl)
            .ticker(() -> clock.millis() * 1_000_000L)
            .build();
  }

  /** A cache for the given settings' directory, time to live and size cap. */
  public static ResponseCache forSettings(LlmSettings settings) {
    return new ResponseCache(settings.cacheDir(), settings.cacheTtl(), settings.cacheMaxBytes(),
        Clock.systemUTC());
  }

  /** The SHA-256 (hex) of the parts, each length-prefixed so no two lists collide. */
  public static String key(List<String> parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        byte[] b = p.getBytes(StandardCharsets.UTF_8);
        sha.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(b);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The cached value, if present and not expired. */
  public Optional<String> get(String key) {
    String v = memory.getIfPresent(key);
    if (v == null) {
      v = readDisk(key).orElse(null);
      if (v != null) {
        memory.put(key, v);
      }
    }
    (v == null ? misses : hits).incrementAndGet();
    return Optional.ofNullable(v);
  }

  /** Stores a value in memory and on disk, then trims the disk cache to its size cap. */
  public void put(String key, String value) {
    memory.put(key, value);
    try {
      Files.createDirectories(dir);
      ObjectNode entry = json.createObjectNode();
      entry.put("created", clock.millis());
      entry.put("value", value);
      Path tmp = Files.createTempFile(dir, ".tmp-", ".json");
      try {
        Files.write(tmp, json.writeValueAsBytes(entry));
        Path target = dir.resolve(key + ".json");
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setLastModifiedTime(target, FileTime.fromMillis(clock.millis()));
      } finally {
        Files.deleteIfExists(tmp);
      }
      trim();
    } catch (IOException e) {
      LOG.debug("cannot write the LLM cache in {}: {}", dir, e.toString());
    }
  }

  /** Counts of what the cache holds. */
  public CacheStats stats() {
    List<Path> files = entries();
    long bytes = 0;
    for (Path f : files) {
      bytes += sizeOf(f);
    }
    return new CacheStats(dir, memory.estimatedSize(), files.size(), bytes, hits.get(), misses.get());
  }

  /**
   * Removes every cached answer (memory and disk).
   *
   * @return the number of disk entries removed
   */
  public int clear() {
    memory.invalidateAll();
    int removed = 0;
    for (Path f : entries()) {
      try {
        if (Files.deleteIfExists(f)) {
          removed++;
        }
      } catch (IOException e) {
        LOG.debug("cannot delete {}: {}", f, e.toString());
      }
    }
    return removed;
  }

  private Optional<String> readDisk(String key) {
    Path f = dir.resolve(key + ".json");
    try {
      if (Files.size(f) > maxBytes) {
        return Optional.empty();
      }
      JsonNode entry = json.readTree(Files.readAllBytes(f));
      long created = entry.path("created").asLong(-1);
      JsonNode value = entry.path("value");
      if (created < 0 || !value.isTextual()) {
        Files.deleteIfExists(f);
        return Optional.empty();
      }
      if (clock.millis() - created > ttl.toMillis()) {
        Files.deleteIfExists(f);
        return Optional.empty();
      }
      return Optional.of(value.asText());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      LOG.debug("ignoring unreadable LLM cache entry {}: {}", f, e.toString());
      return Optional.empty();
    }
  }

  private void trim() throws IOException {
    List<Path> files = entries();
    long total = 0;
    for (Path f : files) {
      total += sizeOf(f);
    }
    if (total <= maxBytes) {
      return;
    }
    files.sort((a, b) -> Long.compare(modified(a), modified(b)));
    for (Path f : files) {
      if (total <= maxBytes) {
        break;
      }
      long size = sizeOf(f);
      if (Files.deleteIfExists(f)) {
        total -= size;
      }
    }
  }

  private List<Path> entries() {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        if (ENTRY.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)) {
          out.add(p);
        }
      }
    } catch (IOException e) {
      LOG.debug("cannot list the LLM cache {}: {}", dir, e.toString());
    }
    return out;
  }

  private static long sizeOf(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return 0;
    }
  }

  private static long modified(Path f) {
    try {
      return Files.getLastModifiedTime(f).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
