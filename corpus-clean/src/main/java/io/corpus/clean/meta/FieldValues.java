package io.corpus.clean.meta;

import io.corpus.clean.internal.IsoDates;
import io.corpus.clean.internal.TextMarkup;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
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
   * the value holds a whole tag of an element HTML knows ({@code <p>}, {@code </em>}, {@code
   * <br/>}, {@code <a href="…">}), so "x <y> z" and "3 <p and q> 2" stay. A value escaped more than
   * once ({@code &amp;#8217;}) is decoded through.
   */
  public static String plain(String value) {
    String v = value;
    if (TextMarkup.hasTag(v)) {
      v = Jsoup.parseBodyFragment(v).body().text();
    }
    return TextMarkup.decodedText(v);
  }
}
