package dev.l2m.batch;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time: comma-separated fields, double-quoted fields that may
 * hold commas, line breaks and doubled quotes, CRLF or LF record ends. Streaming, so a file of any
 * length needs memory for one record only.
 */
public final class CsvReader {
  /** A record longer than this many characters is refused, so a runaway quote cannot eat memory. */
  public static final int MAX_RECORD_CHARS = 1 << 20;

  private final Reader in;
  private int line = 1;
  private int recordLine = 1;
  private int pushedBack = -2;

  public CsvReader(Reader in) {
    this.in = in;
  }

  /** The line number (1-based) where the record last returned by {@link #next()} started. */
  public int recordLine() {
    return recordLine;
  }

  /**
   * The next record's fields, or null at the end of the input. Empty lines are skipped.
   *
   * @throws CsvException for an unterminated quote, text after a closing quote or an overlong
   *     record
   */
  public List<String> next() throws IOException {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int length = 0;
    int c = read();
    while (c == '\n' || c == '\r') {
      c = read();
    }
    if (c == -1) {
      return null;
    }
    recordLine = line;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean fieldStart = true;
    while (true) {
      if (++length > MAX_RECORD_CHARS) {
        skipLine(c);
        throw new CsvException(
            "the record at line " + recordLine + " is longer than " + MAX_RECORD_CHARS
                + " characters (an unclosed quote?)");
      }
      if (quoted) {
        if (c == -1) {
          throw new CsvException("the quoted field starting at line " + recordLine + " is never closed");
        }
        if (c == '"') {
          int d = read();
          if (d == '"') {
            field.append('"');
          } else {
            quoted = false;
            afterQuote = true;
            c = d;
            continue;
          }
        } else {
          field.append((char) c);
        }
        c = read();
        continue;
      }
      if (c == -1 || c == '\n' || c == '\r') {
        if (c == '\r') {
          int d = read();
          if (d != '\n') {
            unread(d);
          }
        }
        fields.add(field.toString());
        return fields;
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        afterQuote = false;
        fieldStart = true;
      } else if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
      } else if (afterQuote) {
        skipLine(c);
        throw new CsvException(
            "unexpected text after a closing quote in the record at line " + recordLine
                + " (write a quote inside a quoted field as \"\")");
      } else {
        field.append((char) c);
        fieldStart = false;
      }
      c = read();
    }
  }

  /** Recovers after a bad record: drops the rest of its line so the next record can be read. */
  private void skipLine(int current) throws IOException {
    int c = current;
    while (c != -1 && c != '\n') {
      c = read();
    }
  }

  private int read() throws IOException {
    int c;
    if (pushedBack != -2) {
      c = pushedBack;
      pushedBack = -2;
    } else {
      c = in.read();
    }
    if (c == '\n') {
      line++;
    }
    return c;
  }

  private void unread(int c) {
    if (c == '\n') {
      line--;
    }
    pushedBack = c;
  }

  /** A CSV record that cannot be read; the message names the line. */
  public static final class CsvException extends IOException {
    private static final long serialVersionUID = 1L;

    public CsvException(String message) {
      super(message);
    }
  }
}
