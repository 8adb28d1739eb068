package dev.l2m.doctor;

import java.util.Objects;

/**
 * The outcome of one self-check.
 *
 * @param name what was checked ("java", "L2M_TEMPO", "output-dir")
 * @param status how it went
 * @param detail what was found, one line, secrets redacted
 * @param fix what to do about it, or empty when nothing needs doing
 */
public record Check(String name, Status status, String detail, String fix) {

  /** How a check went. Only {@link #FAIL} makes {@code l2m doctor} exit non-zero. */
  public enum Status {
    OK,
    /** Works, but probably not what the user wants (for example no API key: offline mode). */
    NOTE,
    FAIL
  }

  public Check {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
    fix = fix == null ? "" : fix;
  }

  static Check ok(String name, String detail) {
    return new Check(name, Status.OK, detail, "");
  }

  static Check note(String name, String detail, String fix) {
    return new Check(name, Status.NOTE, detail, fix);
  }

  static Check fail(String name, String detail, String fix) {
    return new Check(name, Status.FAIL, detail, fix);
  }

  /** The same check with more detail appended. */
  Check withDetailSuffix(String suffix) {
    return new Check(name, status, detail + suffix, fix);
  }

  public boolean failed() {
    return status == Status.FAIL;
  }
}
