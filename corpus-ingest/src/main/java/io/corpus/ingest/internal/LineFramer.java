package io.corpus.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into lines ({@code \n}, with a trailing {@code \r} dropped) without
 * decoding them, holding at most {@code maxLine} bytes of one line: a longer line is skipped to
 * its end and reported by length only. Not thread-safe.
 */
final class LineFramer {

  /** A line, or (when {@code bytes} is null) the length of a line too long to keep. */
  record Line(byte @Nullable [] bytes, long length) {}

  private final InputStream in;
  private final int maxLine;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private byte[] acc = new byte[1024];

  LineFramer(InputStream in, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /** The next line, or null at the end of the stream. */
  @Nullable Line next() throws IOException {
    int accLen = 0;
    long total = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
          if (!any) {
            return null;
          }
          return finish(accLen, total, tooLong);
        }
        pos = 0;
        limit = n;
      }
      any = true;
      int start = pos;
      int nl = -1;
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int end = nl < 0 ? limit : nl;
      int chunk = end - start;
      total += chunk;
      if (!tooLong) {
        if (total > maxLine) {
          tooLong = true;
          accLen = 0;
        } else {
          if (accLen + chunk > acc.length) {
            acc = Arrays.copyOf(acc, Math.max(acc.length * 2, accLen + chunk));
          }
          System.arraycopy(buf, start, acc, accLen, chunk);
          accLen += chunk;
        }
      }
      pos = nl < 0 ? limit : nl + 1;
      if (nl >= 0) {
        return finish(accLen, total, tooLong);
      }
    }
  }

  private Line finish(int accLen, long total, boolean tooLong) {
    if (tooLong) {
      return new Line(null, total);
    }
    int len = accLen > 0 && acc[accLen - 1] == '\r' ? accLen - 1 : accLen;
    byte[] line = Arrays.copyOf(acc, len);
    if (acc.length > 1 << 20) {
      acc = new byte[1024]; // one huge line must not pin its buffer for the rest of the file
    }
    return new Line(line, total);
  }
}
