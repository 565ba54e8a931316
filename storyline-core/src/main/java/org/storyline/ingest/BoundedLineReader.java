package org.storyline.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines without ever holding more than {@code maxChars} of one line: a longer line is
 * consumed and reported as too long, so a hostile file of one endless line cannot exhaust memory.
 * A byte-order mark at the start of the input is dropped (Windows tools write one).
 * By hand because {@code BufferedReader.readLine} has no bound.
 */
public final class BoundedLineReader implements AutoCloseable {

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private int pos;
  private int len;
  private boolean eof;
  private boolean started;

  public BoundedLineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** A line, or {@link Line#tooLong}, or null at end of input. Line terminators are dropped. */
  public Line next() throws IOException {
    if (eof && pos >= len) {
      return null;
    }
    StringBuilder line = new StringBuilder();
    long length = 0;
    boolean sawAny = false;
    while (true) {
      if (pos >= len) {
        len = in.read(buffer);
        pos = 0;
        if (len <= 0) {
          eof = true;
          len = 0;
          return sawAny ? finish(line, length) : null;
        }
      }
      char c = buffer[pos++];
      if (!started) {
        started = true;
        if (c == '\uFEFF') {
          continue; // a byte-order mark opening the file is not part of the first line
        }
      }
      sawAny = true;
      if (c == '\n') {
        return finish(line, length);
      }
      length++;
      if (length <= maxChars) {
        line.append(c);
      }
    }
  }

  private Line finish(StringBuilder line, long length) {
    if (length > maxChars) {
      return new Line(null, length);
    }
    int n = line.length();
    if (n > 0 && line.charAt(n - 1) == '\r') {
      line.setLength(n - 1);
    }
    return new Line(line.toString(), length);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** @param text the line, or null when it was longer than the bound */
  public record Line(String text, long length) {
    public boolean tooLong() {
      return text == null;
    }
  }
}
