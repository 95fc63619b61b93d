package io.corpus.clean.meta;

import io.corpus.clean.internal.IsoDates;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Tag;
import org.jspecify.annotations.Nullable;

/**
 * What the metadata an input states about a document (a JSONL key, a CSV column, a feed element)
 * means, when it is not written the way the model writes it: dates in the forms exports and news
 * APIs use, and text that still carries HTML (WordPress's {@code "title": {"rendered": "Biden&#8217;s
 * plan"}}, an excerpt in {@code <p>} tags, a feed title escaped twice).
 *
 * <p>Stateless and thread-safe; linear in the value.
 */
public final class FieldValues {

  /** How many times a value escaped over and over ({@code &amp;amp;#8217;}) is decoded. */
  private static final int MAX_DECODES = 3;

  private FieldValues() {}

  /**
   * The date a field's value states, or null when it states none: ISO 8601 ({@code 2021-11-19},
   * with any time and offset after it, the date as written), any form {@link DateParser} reads
   * ({@code November 19, 2021}, {@code Tue, 10 Jun 2003 04:00:00 GMT}, {@code 11/19/2021}), a
   * compact {@code 20211119}, or Unix time in seconds (9 or 10 digits) or milliseconds (12 or 13
   * digits), whose date is taken in UTC. Years outside 1900 to 2100 are not dates.
   */
  public static @Nullable LocalDate date(String value) {
    String v = value.strip();
    if (v.length() >= 10) {
      LocalDate iso = IsoDates.parse(v.substring(0, 10));
      if (iso != null && (v.length() == 10 || !Character.isDigit(v.charAt(10)))) {
        return plausible(iso);
      }
    }
    if (allDigits(v)) {
      return numeric(v);
    }
    return plausible(DateParser.parse(v).orElse(null));
  }

  private static @Nullable LocalDate numeric(String v) {
    try {
      switch (v.length()) {
        case 8:
          return plausible(LocalDate.of(
              Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)), Integer.parseInt(v.substring(6))));
        case 9:
        case 10:
          return plausible(Instant.ofEpochSecond(Long.parseLong(v)).atOffset(ZoneOffset.UTC).toLocalDate());
        case 12:
        case 13:
          return plausible(Instant.ofEpochMilli(Long.parseLong(v)).atOffset(ZoneOffset.UTC).toLocalDate());
        default:
          return null;
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null; // month 13, day 32
    }
  }

  private static @Nullable LocalDate plausible(@Nullable LocalDate d) {
    return d == null || d.getYear() < 1900 || d.getYear() > 2100 ? null : d;
  }

  private static boolean allDigits(String v) {
    if (v.isEmpty()) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The text of a value that still holds HTML, else the value itself. Character references are
   * decoded only when whole ({@code &#8217;}, {@code &#x2019;}, {@code &amp;} with its semicolon and
   * a name HTML knows), so "AT&T" and "Barnes&noble" stay as they are; tags are dropped only when
   * the value holds a tag of an element HTML knows ({@code <p>}, {@code </em>}, {@code <br/>}), so
   * "x <y> z" stays. A value escaped more than once is decoded up to three times.
   */
  public static String plain(String value) {
    String v = value;
    if (hasKnownTag(v)) {
      v = Jsoup.parseBodyFragment(v).body().text();
    }
    for (int round = 0; round < MAX_DECODES; round++) {
      String decoded = decodeReferences(v);
      if (decoded == v) {
        break;
      }
      v = decoded;
    }
    return v;
  }

  /** {@code s} with its whole character references decoded; {@code s} itself when it has none. */
  static String decodeReferences(String s) {
    int amp = s.indexOf('&');
    if (amp < 0) {
      return s;
    }
    StringBuilder out = null;
    int copied = 0;
    for (int i = amp; i >= 0; i = s.indexOf('&', i + 1)) {
      int semi = referenceEnd(s, i);
      if (semi < 0) {
        continue;
      }
      String decoded = decodeOne(s.substring(i + 1, semi));
      if (decoded == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, i).append(decoded);
      copied = semi + 1;
      i = semi;
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  /** The index of the ';' that closes a reference starting at {@code amp}, or -1. */
  private static int referenceEnd(String s, int amp) {
    int limit = Math.min(s.length(), amp + 34); // the longest name, CounterClockwiseContourIntegral, has 31 letters
    for (int j = amp + 1; j < limit; j++) {
      char c = s.charAt(j);
      if (c == ';') {
        return j > amp + 1 ? j : -1;
      }
      if (!(Character.isLetterOrDigit(c) && c < 128) && !(c == '#' && j == amp + 1)) {
        return -1;
      }
    }
    return -1;
  }

  /** The chars {@code name} (between '&' and ';') stands for, or null when it is no reference. */
  private static @Nullable String decodeOne(String name) {
    if (name.charAt(0) == '#') {
      boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
      String digits = name.substring(hex ? 2 : 1);
      if (digits.isEmpty() || digits.length() > 7) {
        return null;
      }
      try {
        int cp = Integer.parseInt(digits, hex ? 16 : 10);
        if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
          return null;
        }
        return new String(Character.toChars(cp));
      } catch (NumberFormatException e) {
        return null; // "&#12a;"
      }
    }
    if (!Entities.isNamedEntity(name)) {
      return null;
    }
    String chars = Entities.getByName(name);
    return chars.isEmpty() ? null : chars;
  }

  /**
   * Whether {@code s} holds a whole start or end tag of an element HTML knows: {@code <p>}, {@code
   * </em>}, {@code <br/>}, {@code <a href="…">} (attributes need an '=' within 200 chars of the
   * name), so that "3 <p and q> 2" is no tag. Each '<' is looked at for at most 200 chars.
   */
  private static boolean hasKnownTag(String s) {
    for (int lt = s.indexOf('<'); lt >= 0; lt = s.indexOf('<', lt + 1)) {
      int i = lt + 1;
      if (i < s.length() && s.charAt(i) == '/') {
        i++;
      }
      int nameStart = i;
      while (i < s.length() && i - nameStart <= 10 && s.charAt(i) < 128 && Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      if (i == nameStart || i >= s.length() || !Character.isLetter(s.charAt(nameStart))
          || !Tag.isKnownTag(s.substring(nameStart, i).toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (s.startsWith(">", i) || s.startsWith("/>", i) || s.startsWith(" />", i)) {
        return true;
      }
      if (s.charAt(i) == ' ' && attributesFollow(s, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a '>' closes the tag within 200 chars of {@code from}, with an '=' before it. */
  private static boolean attributesFollow(String s, int from) {
    boolean eq = false;
    int limit = Math.min(s.length(), from + 200);
    for (int j = from; j < limit; j++) {
      char c = s.charAt(j);
      if (c == '>') {
        return eq;
      }
      if (c == '<') {
        return false;
      }
      eq |= c == '=';
    }
    return false;
  }
}
