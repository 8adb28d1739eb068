package dev.l2m.batch;

import dev.l2m.lyrics.LyricsException;
import dev.l2m.output.OutputException;
import dev.l2m.output.OutputFiles;
import dev.l2m.output.SongWriter;
import dev.l2m.pipeline.Generation;
import dev.l2m.pipeline.SongPipeline;
import dev.l2m.score.Song;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs a batch: reads the items in order, gives each a safe unique name, makes the items of this
 * shard on {@code jobs} worker threads with one shared pipeline, records each finished item in
 * the journal, and tells the listener. Inputs are streamed and at most {@code 2 * jobs} items are
 * in flight, so memory does not grow with the number of items.
 */
public final class BatchRunner {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

  /** The MDC key holding the current item's correlation id. */
  public static final String MDC_ITEM = "item";

  /**
   * How a batch runs.
   *
   * @param outputDir where every item's files go
   * @param writers the formats to write for a song (JSON, for one, records its analysis and seed)
   * @param settings the choices for every item (items may override them)
   * @param jobs worker threads, at least 1
   * @param failFast stop starting items after the first failure
   * @param resume skip the items the journal says are made, and redo the others
   * @param force overwrite existing files (and start a journal over)
   * @param shard the part of the batch to run
   */
  public record Options(
      Path outputDir,
      Function<Generation, List<SongWriter>> writers,
      BatchSettings settings,
      int jobs,
      boolean failFast,
      boolean resume,
      boolean force,
      Shard shard) {
    public Options {
      Objects.requireNonNull(outputDir, "outputDir");
      Objects.requireNonNull(writers, "writers");
      Objects.requireNonNull(settings, "settings");
      Objects.requireNonNull(shard, "shard");
      if (jobs < 1) {
        throw new IllegalArgumentException("jobs must be at least 1");
      }
    }
  }

  /**
   * What an item gets when it does not say: its title and seed, derived from its lyrics (the
   * same rules as {@code l2m generate}, so a batch item equals the single song).
   *
   * @param title lyrics text to title
   * @param seed lyrics text to seed
   */
  public record Defaults(Function<String, String> title, ToLongFunction<String> seed) {}

  private final SongPipeline pipeline;
  private final Options options;
  private final Defaults defaults;
  private final String runId;

  public BatchRunner(SongPipeline pipeline, Options options, Defaults defaults, String runId) {
    this.pipeline = pipeline;
    this.options = options;
    this.defaults = defaults;
    this.runId = runId;
  }

  /**
   * Runs the batch.
   *
   * @return the totals; items that failed are in them, not thrown
   * @throws BatchException when the batch cannot start or must stop (journal from an earlier run
   *     without {@code --resume} or {@code --force}, journal not writable, interrupted)
   */
  public BatchSummary run(BatchInputs inputs, BatchListener listener) {
    long startNanos = System.nanoTime();
    Path dir = options.outputDir().toAbsolutePath().normalize();
    Path journalFile = Journal.pathFor(dir, options.shard());
    Map<String, List<String>> done = Map.of();
    if (options.resume()) {
      done = stillPresent(Journal.finished(journalFile), dir);
      if (options.shard().isWhole()) {
        removeLeftoverTemps(dir);
      }
    } else if (Files.exists(journalFile) && !options.force()) {
      throw new BatchException(
          BatchException.Reason.EARLIER_RUN,
          dir + " holds the journal of an earlier batch: use --resume to finish it, or --force to start over");
    }

    long[] total = {0};
    inputs.forEach(
        item -> {
          if (options.shard().contains(item.index())) {
            total[0]++;
          }
          return true;
        });
    listener.started(total[0]);

    Tally tally = new Tally(listener, options.failFast());
    ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), new WorkerThreads());
    Semaphore inFlight = new Semaphore(2 * options.jobs());
    OutputNames names = new OutputNames();
    Map<String, List<String>> finishedBefore = done;
    try (Journal journal = Journal.open(journalFile, options.resume())) {
      tally.journal = journal;
      inputs.forEach(
          item -> {
            String name = names.allocate(wantedName(item));
            if (!options.shard().contains(item.index())) {
              return true;
            }
            if (tally.stopped()) {
              return false;
            }
            List<String> previous = finishedBefore.get(name);
            if (previous != null) {
              List<String> files = previous.stream().map(f -> dir.resolve(f).toString()).toList();
              tally.record(ItemResult.skipped(item, name, files), false);
              return true;
            }
            try {
              inFlight.acquire();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              tally.interrupt();
              return false;
            }
            pool.execute(
                () -> {
                  try {
                    if (!tally.stopped()) {
                      tally.record(make(item, name, dir), true);
                    }
                  } finally {
                    inFlight.release();
                  }
                });
            return true;
          });
      pool.shutdown();
      awaitWorkers(pool, tally);
    } catch (IOException e) {
      throw new BatchException(BatchException.Reason.OUTPUT, "cannot close the batch journal " + journalFile + ": " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    tally.rethrow();
    BatchSummary summary =
        new BatchSummary(
            total[0], tally.ok, tally.failed, tally.skipped, total[0] - tally.ok - tally.failed - tally.skipped,
            Duration.ofNanos(System.nanoTime() - startNanos));
    listener.ended(summary);
    return summary;
  }

  private static void awaitWorkers(ExecutorService pool, Tally tally) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // keep waiting: items finish on their own; an interrupt ends the wait
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      tally.interrupt();
    }
  }

  private String wantedName(BatchItem item) {
    if (item.id() != null) {
      return item.id();
    }
    if (item.title() != null) {
      return item.title();
    }
    if (item.lyrics() != null) {
      return defaults.title().apply(item.lyrics());
    }
    return "item-" + (item.index() + 1);
  }

  /** Makes one item; never throws for a problem with the item itself. */
  ItemResult make(BatchItem item, String name, Path dir) {
    String correlationId = runId + "-" + (item.index() + 1);
    long[] millis = new long[3];
    MDC.put(MDC_ITEM, correlationId);
    long t = System.nanoTime();
    int stage = 0;
    try {
      LOG.info("item {} ({}) as {}", item.index() + 1, item.origin(), name);
      if (item.problem() != null) {
        throw new ItemException(item.problem());
      }
      String lyrics = item.lyrics() != null ? item.lyrics() : ItemText.read(item.lyricsFile());
      BatchSettings settings = options.settings().with(item.options());
      String title = item.title() != null ? item.title() : defaults.title().apply(lyrics);
      long seed = settings.seed() != null ? settings.seed() : defaults.seed().applyAsLong(lyrics);
      millis[0] = elapsedMillis(t);
      t = System.nanoTime();
      stage = 1;
      Generation g = pipeline.generate(settings.request(lyrics, title, seed));
      millis[1] = elapsedMillis(t);
      t = System.nanoTime();
      stage = 2;
      Song song = g.song();
      // an unfinished item of a resumed run may have left some of its files: they are ours
      boolean overwrite = options.force() || options.resume();
      List<Path> files = OutputFiles.writeSong(dir, name, song, options.writers().apply(g), overwrite);
      millis[2] = elapsedMillis(t);
      LOG.info("item {} done: {} notes, {}", item.index() + 1, song.notes().size(), g.analysis().source().label());
      return new ItemResult(
          item.index(), item.origin(), name, correlationId, ItemStatus.OK,
          files.stream().map(Path::toString).toList(), g.analysis().source().label(), g.profile().name(),
          song.key().displayName(), song.tempo(), g.seed(), millis[0], millis[1], millis[2], null);
    } catch (ItemException | LyricsException | OutputException | GuardedAnalyzer.UnavailableException e) {
      millis[stage] = elapsedMillis(t);
      LOG.warn("item {} ({}) failed: {}", item.index() + 1, item.origin(), e.getMessage());
      return ItemResult.failed(item, name, correlationId, e.getMessage(), millis);
    } catch (IllegalArgumentException e) {
      // the pipeline's way of refusing a value, such as an unknown emotion
      millis[stage] = elapsedMillis(t);
      LOG.warn("item {} ({}) failed: {}", item.index() + 1, item.origin(), e.getMessage());
      return ItemResult.failed(item, name, correlationId, e.getMessage(), millis);
    } catch (RuntimeException e) {
      millis[stage] = elapsedMillis(t);
      LOG.error("item {} ({}) failed with an internal error", item.index() + 1, item.origin(), e);
      return ItemResult.failed(
          item, name, correlationId, "internal error (" + e + "); see the log and please report it", millis);
    } finally {
      MDC.remove(MDC_ITEM);
    }
  }

  private static long elapsedMillis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  /** Journal entries whose files are all still there; the others are made again. */
  private static Map<String, List<String>> stillPresent(Map<String, List<String>> finished, Path dir) {
    Map<String, List<String>> present = new java.util.HashMap<>();
    finished.forEach(
        (name, files) -> {
          if (files.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)))) {
            present.put(name, files);
          }
        });
    return present;
  }

  /** Temporary files of a killed run: never moved into place, so never part of any result. */
  private static void removeLeftoverTemps(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> temps = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".l2m-*.tmp")) {
      s.forEach(temps::add);
    } catch (IOException e) {
      LOG.warn("cannot list {} for leftover temporary files: {}", dir, e.getMessage());
      return;
    }
    for (Path p : temps) {
      try {
        Files.deleteIfExists(p);
        LOG.info("removed leftover temporary file {}", p);
      } catch (IOException e) {
        LOG.warn("cannot remove leftover temporary file {}: {}", p, e.getMessage());
      }
    }
  }

  /** Counts, journals and reports results one at a time; remembers why the batch must stop. */
  private static final class Tally {
    private final BatchListener listener;
    private final boolean failFast;
    private Journal journal;
    private long ok;
    private long failed;
    private long skipped;
    private volatile boolean stop;
    private RuntimeException fatal;

    Tally(BatchListener listener, boolean failFast) {
      this.listener = listener;
      this.failFast = failFast;
    }

    boolean stopped() {
      return stop;
    }

    synchronized void record(ItemResult r, boolean journaled) {
      if (fatal != null) {
        return;
      }
      try {
        if (journaled) {
          journal.record(journalEntry(r));
        }
        switch (r.status()) {
          case OK -> ok++;
          case FAILED -> failed++;
          case SKIPPED -> skipped++;
        }
        listener.finished(r);
        if (failFast && r.status() == ItemStatus.FAILED) {
          stop = true;
        }
      } catch (RuntimeException e) {
        fatal = e;
        stop = true;
      }
    }

    synchronized void interrupt() {
      if (fatal == null) {
        fatal = new BatchException(BatchException.Reason.INTERRUPTED, "the batch was interrupted; run it again with --resume to finish it");
      }
      stop = true;
    }

    synchronized void rethrow() {
      if (fatal != null) {
        throw fatal;
      }
    }

    /** The journal keeps file names only, so a moved output folder still resumes. */
    private static ItemResult journalEntry(ItemResult r) {
      List<String> names = r.files().stream().map(f -> Path.of(f).getFileName().toString()).toList();
      return new ItemResult(
          r.index(), r.origin(), r.name(), r.correlationId(), r.status(), names, r.analysisSource(), r.emotion(),
          r.key(), r.tempo(), r.seed(), r.readMillis(), r.composeMillis(), r.writeMillis(), r.error());
    }
  }

  private static final class WorkerThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "l2m-batch-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
