package io.corpus.clean.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** ISO dates ({@code 2019-11-18}) as {@link LocalDate#parse(CharSequence)} reads them, made cheap. */
public final class IsoDates {

  private IsoDates() {}

  /**
   * What {@link LocalDate#parse(CharSequence)} makes of {@code s}, or null where it throws. The
   * common shape, four, two and two ASCII digits between hyphens, is read directly: the JDK's
   * formatter costs a microsecond a date and a large compiled method. Every other text goes to it.
   */
  public static @Nullable LocalDate parse(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-'
        && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)) {
      try {
        return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
      } catch (DateTimeException e) {
        return null; // month 13, February 30, …: the formatter rejects them too
      }
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }
}
