package dev.l2m.cli;

/** The documented exit codes (README, "Exit codes"). Scripts may rely on them. */
public final class ExitCode {
  private ExitCode() {}

  /** Everything asked for was done. */
  public static final int OK = 0;
  /** A bug in l2m: the message and the log say more; please report it. */
  public static final int INTERNAL = 1;
  /** Bad usage or bad input: an unknown option, bad lyrics, an unknown key or meter. */
  public static final int USAGE = 2;
  /** Bad configuration: an environment variable, the config file or the emotion map. */
  public static final int CONFIG = 3;
  /** The language model could not be used and {@code --no-fallback} forbade the offline analysis. */
  public static final int LLM_UNAVAILABLE = 4;
  /** An output file already exists and {@code --force} was not given. Nothing was written. */
  public static final int OUTPUT_EXISTS = 5;
  /** The output could not be written (permissions, disk full). Nothing partial was left. */
  public static final int OUTPUT_FAILED = 6;
  /** A batch finished but some items failed (see the report). */
  public static final int BATCH_FAILURES = 7;
  /** The language model refused the credentials (401/403): check L2M_API_KEY. */
  public static final int LLM_AUTH = 8;
  /** Interrupted (Ctrl-C). */
  public static final int INTERRUPTED = 130;
}
