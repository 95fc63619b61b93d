package io.corpus.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a JSON document that is not one object per line into its records, without parsing them:
 * the elements of a top-level array ({@code [{…}, {…}]}, what Scrapy's and most scrapers' JSON
 * export writes, pretty-printed or not) or a sequence of pretty-printed objects. At the top level,
 * white space, commas and the brackets of the enclosing array are passed over; each value there
 * (an object, or anything else, which the parser then rejects) is one record, its end found by
 * counting brackets outside strings. One pass, a constant amount of work per byte; at most {@code
 * maxValue} bytes of one value are held: a longer one is read to its end and reported by length.
 * Not thread-safe.
 */
final class JsonValueFramer implements JsonRecords {

  /**
   * A record's bytes; or, when {@code bytes} is null, the length of a value too long to keep (-1
   * when not known), or (when {@code truncated}) of one the input ends inside, or (when {@code
   * problem} is set) why there is no record where one was expected.
   *
   * @param line the line the value starts on, from 1
   * @param warning what needed attention while reading it, or null
   */
  record Value(
      byte @Nullable [] bytes, long length, long line, boolean truncated, @Nullable String problem,
      @Nullable String warning) {}

  private final InputStream in;
  private final int maxValue;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private long line = 1;
  private byte[] acc = new byte[1024];
  private int accLen;
  private long length;
  private boolean tooLong;
  private boolean started;
  /** Top-level arrays opened and not yet closed, and whether the end of the input said so. */
  private int openArrays;
  private boolean toldUnclosed;

  JsonValueFramer(InputStream in, int maxValue) {
    this.in = in;
    this.maxValue = maxValue;
  }

  /**
   * Whether a JSON Lines input whose first bytes are {@code head} must be framed by value rather
   * than by line: it starts with an array, or its first object spans lines (a raw line break can
   * stand in JSON only between tokens, never inside a string, so one inside the first object means
   * the objects are pretty-printed). A first object longer than the head is taken for a line.
   */
  static boolean framesByValue(byte[] head) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < head.length && isSpace(head[i])) {
      i++;
    }
    if (i >= head.length) {
      return false;
    }
    if (head[i] == '[') {
      return true;
    }
    if (head[i] != '{') {
      return false;
    }
    int depth = 0;
    boolean inString = false;
    for (; i < head.length; i++) {
      byte b = head[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        } else if (b == '\n') {
          return false; // not JSON at all; the line reader says so line by line
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        depth++;
      } else if (b == '}' || b == ']') {
        if (--depth == 0) {
          return false;
        }
      } else if (b == '\n') {
        return true;
      }
    }
    return false;
  }

  /** The next top-level value, or null at the end of the input. */
  @Override
  public @Nullable Value next() throws IOException {
    if (!started) {
      started = true;
      skipByteOrderMark();
    }
    int c;
    // Between values: white space, commas, and the brackets of the enclosing array.
    while (true) {
      c = read();
      if (c < 0) {
        if (openArrays > 0 && !toldUnclosed) {
          // Every record before was whole, but the array never closed: a download cut short.
          toldUnclosed = true;
          return new Value(null, 0, line, false,
              "the file ends before its JSON array closes: it may be cut short after the records read", null);
        }
        return null;
      }
      if (c == '[') {
        openArrays++;
      } else if (c == ']') {
        openArrays = Math.max(0, openArrays - 1);
      } else if (!isSpace((byte) c) && c != ',') {
        break;
      }
    }
    long startLine = line;
    accLen = 0;
    length = 0;
    tooLong = false;
    keep(c);
    boolean complete;
    if (c == '{') {
      complete = container();
    } else if (c == '"') {
      complete = string();
    } else {
      complete = scalar();
    }
    if (!complete) {
      toldUnclosed = true; // this reject already says the file ends early
      return new Value(null, length, startLine, true, null, null);
    }
    if (tooLong) {
      return new Value(null, length, startLine, false, null, null);
    }
    byte[] value = Arrays.copyOf(acc, accLen);
    if (acc.length > 1 << 20) {
      acc = new byte[1024]; // one huge value must not pin its buffer for the rest of the file
    }
    return new Value(value, length, startLine, false, null, null);
  }

  /** Reads an object or array whose opening bracket is kept, to its closing one; false at the end of the input. */
  private boolean container() throws IOException {
    int depth = 1;
    while (depth > 0) {
      int c = read();
      if (c < 0) {
        return false;
      }
      keep(c);
      if (c == '"') {
        if (!string()) {
          return false;
        }
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return true;
  }

  /** Reads a string whose opening quote is kept, to its closing one; false at the end of the input. */
  private boolean string() throws IOException {
    while (true) {
      int c = read();
      if (c < 0) {
        return false;
      }
      keep(c);
      if (c == '\\') {
        int escaped = read();
        if (escaped < 0) {
          return false;
        }
        keep(escaped);
      } else if (c == '"') {
        return true;
      }
    }
  }

  /** Reads a bare token (a number, true, garbage) to the next separator, which is left unread. */
  private boolean scalar() throws IOException {
    while (true) {
      if (pos == limit && !fill()) {
        return true;
      }
      byte b = buf[pos];
      if (isSpace(b) || b == ',' || b == ']' || b == '[' || b == '{' || b == '}' || b == '"') {
        return true;
      }
      pos++;
      keep(b & 0xFF);
    }
  }

  /** Passes over a UTF-8 byte-order mark at the start of the input. */
  private void skipByteOrderMark() throws IOException {
    while (limit < 3) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        break;
      }
      limit += n;
    }
    if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
      pos = 3;
    }
  }

  private void keep(int c) {
    length++;
    if (tooLong) {
      return;
    }
    if (length > maxValue) {
      tooLong = true;
      return;
    }
    if (accLen == acc.length) {
      acc = Arrays.copyOf(acc, Math.min(Math.max(acc.length * 2, 1024), Math.max(maxValue, 1024)));
    }
    acc[accLen++] = (byte) c;
  }

  private int read() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    byte b = buf[pos++];
    if (b == '\n') {
      line++;
    }
    return b & 0xFF;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() {
    // the source closes the stream
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }
}
