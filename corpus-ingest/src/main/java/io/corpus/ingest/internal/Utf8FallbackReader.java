package io.corpus.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A streaming UTF-8 reader for record formats (CSV) that cannot be decoded whole: a leading BOM is
 * dropped, and every byte sequence that is not valid UTF-8 is read as Windows-1252 instead of being
 * lost, with {@link #sawInvalidUtf8()} recording that it happened. Not thread-safe.
 */
public final class Utf8FallbackReader extends Reader {

  private final InputStream in;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
  private boolean eof;
  private boolean first = true;
  private boolean invalid;

  public Utf8FallbackReader(InputStream in) {
    this.in = in;
    bytes.flip();
    chars.flip();
  }

  /** Whether any byte so far was not valid UTF-8 (and was read as Windows-1252). */
  public boolean sawInvalidUtf8() {
    return invalid;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    return n;
  }

  /** Decodes more bytes into {@code chars}; false at the end of input. */
  private boolean fill() throws IOException {
    chars.clear();
    try {
      while (chars.position() == 0) {
        if (!eof && bytes.remaining() < 8) {
          bytes.compact();
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + n);
          }
          bytes.flip();
          if (first) {
            first = false;
            if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB && (bytes.get(2) & 0xFF) == 0xBF) {
              bytes.position(3);
            }
          }
        }
        if (!bytes.hasRemaining() && eof) {
          return false;
        }
        CoderResult r = utf8.decode(bytes, chars, eof);
        if (r.isError()) {
          invalid = true;
          for (int i = 0; i < r.length() && chars.hasRemaining(); i++) {
            chars.put(TextDecoding.windows1252(bytes.get()));
          }
        } else if (r.isUnderflow() && eof && !bytes.hasRemaining()) {
          utf8.flush(chars);
          if (chars.position() == 0) {
            return false;
          }
        }
      }
      return true;
    } finally {
      chars.flip();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
