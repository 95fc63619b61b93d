package io.corpus.clean.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of an HTML file into text, finding the charset the way a browser does, in this
 * order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); a {@code <meta charset>} or {@code <meta
 * http-equiv="Content-Type" content="...; charset=...">} in the first 4096 bytes; otherwise UTF-8.
 * Labels follow the WHATWG encoding standard where Java differs ({@code iso-8859-1} and {@code
 * ascii} mean windows-1252; a {@code utf-16} label without a byte-order mark means UTF-8). An
 * unknown label falls back to UTF-8. Bytes that are not valid in the charset become U+FFFD, so
 * decoding never fails and never loses the rest of the file.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * String html = HtmlDecoding.decode(Files.readAllBytes(path));
 * }</pre>
 */
public final class HtmlDecoding {

  /** How far into the file a {@code <meta>} charset declaration is looked for. */
  public static final int PRESCAN_BYTES = 4096;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private HtmlDecoding() {}

  /**
   * Decodes an HTML file. The byte-order mark, if any, is not part of the result.
   *
   * @throws NullPointerException if {@code bytes} is null
   */
  public static String decode(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return decode(bytes, skip, bom);
    }
    return decode(bytes, 0, charsetOf(bytes));
  }

  /**
   * The charset {@link #decode(byte[])} would use: from the byte-order mark, the {@code <meta>}
   * declaration, or UTF-8.
   */
  public static Charset charsetOf(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      return bom;
    }
    String label = declaredCharset(bytes);
    Charset cs = label == null ? null : forLabel(label);
    return cs != null ? cs : StandardCharsets.UTF_8;
  }

  /** The charset named by a byte-order mark at the start of {@code bytes}, or null. */
  public static @Nullable Charset bomCharset(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * The charset label declared by the first {@code <meta charset>} or {@code <meta http-equiv
   * content>} in the first {@value #PRESCAN_BYTES} bytes, or null. Comments are skipped. A simple
   * linear scan over ASCII: a declaration must itself be ASCII in any charset a page can use here.
   */
  public static @Nullable String declaredCharset(byte[] bytes) {
    int n = Math.min(bytes.length, PRESCAN_BYTES);
    // Latin-1 maps each byte to one char, so indexes stay byte offsets.
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    String lower = head.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < n) {
      int lt = lower.indexOf('<', i);
      if (lt < 0) {
        return null;
      }
      if (lower.startsWith("<!--", lt)) {
        int end = lower.indexOf("-->", lt + 4);
        if (end < 0) {
          return null;
        }
        i = end + 3;
        continue;
      }
      int gt = lower.indexOf('>', lt + 1);
      if (gt < 0) {
        gt = n;
      }
      if (lower.startsWith("<meta", lt) && lt + 5 < n && isTagEnd(lower.charAt(lt + 5))) {
        String label = charsetInMeta(lower.substring(lt + 5, gt));
        if (label != null) {
          return label;
        }
      }
      i = gt + 1;
    }
    return null;
  }

  private static boolean isTagEnd(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
  }

  /** The charset of one meta tag's attributes (lower-cased), or null. */
  private static @Nullable String charsetInMeta(String attrs) {
    java.util.Map<String, String> a = attributes(attrs);
    String charset = a.get("charset");
    if (charset != null && !charset.isBlank()) {
      return charset.strip();
    }
    String httpEquiv = a.get("http-equiv");
    String content = a.get("content");
    if (httpEquiv == null || !httpEquiv.strip().equals("content-type") || content == null) {
      return null;
    }
    int at = content.indexOf("charset");
    if (at < 0) {
      return null;
    }
    int j = at + "charset".length();
    while (j < content.length() && content.charAt(j) == ' ') {
      j++;
    }
    if (j >= content.length() || content.charAt(j) != '=') {
      return null;
    }
    j++;
    while (j < content.length() && (content.charAt(j) == ' ' || content.charAt(j) == '"' || content.charAt(j) == '\'')) {
      j++;
    }
    int end = j;
    while (end < content.length() && ";\"' \t".indexOf(content.charAt(end)) < 0) {
      end++;
    }
    return end > j ? content.substring(j, end) : null;
  }

  /**
   * The attributes of a tag, from the text after its name: {@code name}, {@code name=value},
   * {@code name="value"} or {@code name='value'}; the first of a repeated name wins. One linear
   * pass.
   */
  private static java.util.Map<String, String> attributes(String s) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '/')) {
        i++;
      }
      int nameStart = i;
      while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '=' && s.charAt(i) != '/') {
        i++;
      }
      if (i == nameStart) {
        i++;
        continue;
      }
      String name = s.substring(nameStart, i);
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      String value = "";
      if (i < n && s.charAt(i) == '=') {
        i++;
        while (i < n && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
          char q = s.charAt(i);
          int end = s.indexOf(q, i + 1);
          end = end < 0 ? n : end;
          value = s.substring(i + 1, end);
          i = end + 1;
        } else {
          int start = i;
          while (i < n && !Character.isWhitespace(s.charAt(i))) {
            i++;
          }
          value = s.substring(start, i);
          if (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1); // <meta charset=utf-8/>
          }
        }
      }
      out.putIfAbsent(name, value);
    }
    return out;
  }

  /** The charset for a label, as browsers read labels, or null when Java does not know it. */
  public static @Nullable Charset forLabel(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    switch (l) {
      case "iso-8859-1", "iso8859-1", "latin1", "l1", "ascii", "us-ascii", "windows-1252", "cp1252", "x-cp1252" -> {
        return WINDOWS_1252;
      }
      case "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2" -> {
        // A page that was really UTF-16 would have had a byte-order mark (checked first).
        return StandardCharsets.UTF_8;
      }
      case "utf8", "unicode-1-1-utf-8" -> {
        return StandardCharsets.UTF_8;
      }
      case "gb2312", "gbk", "x-gbk" -> {
        return Charset.isSupported("GBK") ? Charset.forName("GBK") : null;
      }
      default -> {
        try {
          return Charset.forName(l);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return null;
        }
      }
    }
  }

  private static String decode(byte[] bytes, int offset, Charset cs) {
    CharsetDecoder dec =
        cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer out = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return out.toString();
    } catch (CharacterCodingException e) {
      // Unreachable with REPLACE; keep the bytes readable rather than fail.
      return new String(bytes, offset, bytes.length - offset, cs);
    }
  }
}
