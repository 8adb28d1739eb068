package dev.l2m.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Configures Logback in code (no XML parsing at start-up): a size-capped rolling file that always
 * gets the detail, and stderr only with {@code -vv}/{@code --debug}. Secrets are masked by
 * {@link RedactingConverter} in both.
 */
public final class LogSetup {

  /** Each log file is capped at this size; {@link #FILES} files are kept. */
  static final String MAX_FILE_SIZE = "10MB";

  static final int FILES = 5;

  private static final String PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{24} - %redacted%n%ex";

  private LogSetup() {}

  /**
   * Starts SLF4J and Logback and registers the {@code %redacted} conversion word; returns
   * Logback's context. Safe to call from any thread and more than once: {@link Warmup} calls it
   * early on its own thread. It is synchronized because SLF4J does not make a second thread wait
   * for an initialisation in progress; it hands that thread a stand-in factory instead, which is
   * no {@link LoggerContext}. Here the second caller waits for the real one.
   */
  static synchronized LoggerContext prepare() {
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.putIfAbsent("redacted", RedactingConverter::new);
    return ctx;
  }

  /**
   * Points logging at {@code logFile} (creating its directory) and, when {@code consoleDebug},
   * also at stderr.
   *
   * @return the log file actually used, or null when it could not be created (logging then goes
   *     nowhere rather than failing the command)
   */
  public static Path configure(Path logFile, boolean consoleDebug) {
    return configure(logFile, consoleDebug, false);
  }

  /**
   * As {@link #configure(Path, boolean)}; with {@code jsonFile} the file gets one JSON object per
   * event (Logback's JSON encoder, MDC included, secrets masked) for log collectors.
   */
  public static Path configure(Path logFile, boolean consoleDebug, boolean jsonFile) {
    LoggerContext ctx = prepare();
    ctx.reset();
    Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    ctx.getLogger("dev.l2m").setLevel(Level.DEBUG);
    Path used = null;
    try {
      Path dir = logFile.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      root.addAppender(fileAppender(ctx, logFile, jsonFile));
      used = logFile;
    } catch (IOException | RuntimeException e) {
      // a broken log directory must not stop the music; doctor reports it
      used = null;
    }
    if (consoleDebug) {
      ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
      console.setContext(ctx);
      console.setTarget("System.err");
      console.setEncoder(encoder(ctx, "%-5level %logger{24} - %redacted%n%ex"));
      console.start();
      root.addAppender(console);
    }
    return used;
  }

  private static RollingFileAppender<ILoggingEvent> fileAppender(
      LoggerContext ctx, Path logFile, boolean json) {
    RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
    file.setContext(ctx);
    file.setFile(logFile.toString());
    FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
    rolling.setContext(ctx);
    rolling.setParent(file);
    rolling.setFileNamePattern(logFile + ".%i");
    rolling.setMinIndex(1);
    rolling.setMaxIndex(FILES - 1);
    rolling.start();
    SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
    trigger.setContext(ctx);
    trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
    trigger.start();
    file.setRollingPolicy(rolling);
    file.setTriggeringPolicy(trigger);
    file.setEncoder(json ? jsonEncoder(ctx) : encoder(ctx, PATTERN));
    file.start();
    if (!file.isStarted()) {
      throw new IllegalStateException("log file " + logFile + " cannot be opened");
    }
    return file;
  }

  private static Encoder<ILoggingEvent> jsonEncoder(LoggerContext ctx) {
    RedactingJsonEncoder enc = new RedactingJsonEncoder();
    enc.setContext(ctx);
    // the raw template and arguments would repeat the message unmasked
    enc.setWithMessage(false);
    enc.setWithArguments(false);
    enc.setWithContext(false);
    enc.setWithFormattedMessage(true);
    enc.start();
    return enc;
  }

  private static PatternLayoutEncoder encoder(LoggerContext ctx, String pattern) {
    PatternLayoutEncoder enc = new PatternLayoutEncoder();
    enc.setContext(ctx);
    enc.setPattern(pattern);
    enc.start();
    return enc;
  }
}
