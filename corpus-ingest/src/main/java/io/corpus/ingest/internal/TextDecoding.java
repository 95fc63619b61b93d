package io.corpus.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Bytes to text for plain-text inputs: a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE);
 * without one the bytes should be UTF-8, and each sequence that is not valid UTF-8 is read as
 * Windows-1252 ({@link #utf8OrWindows1252}), with a warning on the result. A real Windows-1252
 * file so reads as Windows-1252 throughout (its accented letters and curly quotes are never valid
 * UTF-8 sequences), while a UTF-8 file with a few stray bytes (a concatenation, a cut-and-paste)
 * keeps its UTF-8 text: reading the whole of it as Windows-1252 made every curly quote and accent
 * in it mojibake ("\u00e2\u20ac\u0153"). Stateless and thread-safe.
 */
public final class TextDecoding {

  /** Windows-1252, the encoding real non-UTF-8 scrapes (and mislabelled Latin-1) almost always use. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /** Decoded text and, when the bytes were not what they should be, a warning saying so. */
  public record Decoded(String text, @Nullable String warning) {}

  /** Decodes {@code bytes} as described above; the warning does not name the file (callers do). */
  public static Decoded decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  /** Decodes {@code bytes[offset, offset + length)} as described above. */
  public static Decoded decode(byte[] bytes, int offset, int length) {
    if (length >= 3
        && (bytes[offset] & 0xFF) == 0xEF
        && (bytes[offset + 1] & 0xFF) == 0xBB
        && (bytes[offset + 2] & 0xFF) == 0xBF) {
      return utf8(bytes, offset + 3, length - 3);
    }
    Charset utf16 = utf16Mark(bytes, offset, length);
    if (utf16 != null) {
      return strict(utf16, utf16.name(), bytes, offset + 2, length - 2);
    }
    return utf8(bytes, offset, length);
  }

  /**
   * UTF-16LE or UTF-16BE when {@code bytes[offset, offset + length)} starts with that byte-order
   * mark, else null.
   */
  public static @Nullable Charset utf16Mark(byte[] bytes, int offset, int length) {
    if (length >= 2 && (bytes[offset] & 0xFF) == 0xFF && (bytes[offset + 1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (length >= 2 && (bytes[offset] & 0xFF) == 0xFE && (bytes[offset + 1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Why decoded {@code text} is not text, or null when it may be: a NUL char among its first 8000
   * chars (git's test for a binary file). Text never holds one; a PDF, an image or UTF-16 without
   * its byte-order mark nearly always does, early.
   */
  public static @Nullable String binary(String text) {
    int end = Math.min(text.length(), BINARY_SNIFF);
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\0') {
        return "looks binary, not text: a NUL char at char " + i;
      }
    }
    return null;
  }

  private static final int BINARY_SNIFF = 8000;

  private static Decoded utf8(byte[] bytes, int offset, int length) {
    if (isAscii(bytes, offset, length)) {
      // The common case in English corpora: skip the validating decoder.
      return new Decoded(new String(bytes, offset, length, StandardCharsets.ISO_8859_1), null);
    }
    try {
      return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, length)).toString(), null);
    } catch (CharacterCodingException e) {
      return new Decoded(
          utf8OrWindows1252(bytes, offset, length),
          "is not valid UTF-8 (" + firstBadByte(bytes, offset, length) + "); its invalid bytes were read as Windows-1252");
    }
  }

  /**
   * {@code bytes[offset, offset + length)} as UTF-8 where they are valid UTF-8, and each byte of a
   * sequence that is not as its Windows-1252 char (the five bytes Windows-1252 leaves undefined as
   * the C1 controls of the same number, as the WHATWG encoding standard reads them).
   */
  public static String utf8OrWindows1252(byte[] bytes, int offset, int length) {
    CharsetDecoder d = decoder(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(length); // UTF-8 and Windows-1252 both give at most one char per byte
    while (true) {
      CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        for (int i = 0; i < r.length(); i++) {
          out.put(windows1252(in.get()));
        }
      } else {
        d.flush(out);
        return out.flip().toString();
      }
    }
  }

  /** The Windows-1252 char of one byte. */
  public static char windows1252(byte b) {
    return b >= 0 ? (char) b : HIGH_HALF[b & 0x7F];
  }

  /** The chars of bytes 0x80 to 0xFF. */
  private static final char[] HIGH_HALF = highHalf();

  private static char[] highHalf() {
    byte[] high = new byte[128];
    for (int i = 0; i < 128; i++) {
      high[i] = (byte) (0x80 + i);
    }
    char[] chars = new String(high, WINDOWS_1252).toCharArray();
    for (int i = 0; i < 128; i++) {
      if (chars[i] == '\uFFFD') {
        chars[i] = (char) (0x80 + i); // 0x81, 0x8D, 0x8F, 0x90, 0x9D
      }
    }
    return chars;
  }

  private static Decoded strict(Charset cs, String name, byte[] bytes, int offset, int length) {
    try {
      return new Decoded(decoder(cs).decode(ByteBuffer.wrap(bytes, offset, length)).toString(), null);
    } catch (CharacterCodingException e) {
      // A BOM promised this encoding; keep what decodes and mark the rest, and say so.
      return new Decoded(
          new String(bytes, offset, length, cs),
          "has a " + name + " byte-order mark but is not valid " + name + "; bad sequences were replaced by U+FFFD");
    }
  }

  private static CharsetDecoder decoder(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean isAscii(byte[] b, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Where UTF-8 decoding first fails, for a message a user can check with a hex viewer. */
  private static String firstBadByte(byte[] bytes, int offset, int length) {
    CharsetDecoder d = decoder(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      var r = d.decode(in, out, true);
      if (r.isError()) {
        int at = in.position() - offset;
        return String.format("byte 0x%02X at offset %d", bytes[in.position()] & 0xFF, at);
      }
      if (r.isUnderflow()) {
        return "truncated sequence at the end";
      }
      out.clear();
    }
  }
}
