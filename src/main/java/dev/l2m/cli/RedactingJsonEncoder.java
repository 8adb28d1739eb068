package dev.l2m.cli;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.StandardCharsets;

/**
 * Logback's JSON encoder with the same secret masking as the text log ({@link
 * RedactingConverter}), applied to each encoded line.
 */
final class RedactingJsonEncoder extends JsonEncoder {
  @Override
  public byte[] encode(ILoggingEvent event) {
    String line = new String(super.encode(event), StandardCharsets.UTF_8);
    return RedactingConverter.redact(line).getBytes(StandardCharsets.UTF_8);
  }
}
